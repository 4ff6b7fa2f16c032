"""Builds probe-nigeria.jsonl: own-written Nigerian and Lake Chad conflict copy in the styles of Nigerian dailies,
wires, an army press release, a broadcaster and an NGO statement (bandits, ISWAP/Boko Haram, farmer-herder
killings, sit-at-home enforcement, vigilantes, air strikes on villages; not dev text)."""
import json
from pathlib import Path

from probe_gold import ev, loc  # noqa: E402

arts = []
VAC, BAT, RIO, SD, ERV, PRO = ("violence_against_civilians", "battles", "riots", "strategic_developments",
                               "explosions_remote_violence", "protests")
UAG, CIV, MIL, POL = ("Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", "Military Forces of Nigeria",
                      "Police Forces of Nigeria")
ISWAP, BH = "Islamic State West Africa Province (ISWAP)", "Boko Haram"


def art(n, title, published, text, events):
    for e in events:
        assert e["evidence"] in text, (n, e["evidence"][:60])
    arts.append({"id": f"probe-nigeria-{n}", "url": None, "title": title, "published": published,
                 "text": text, "events": events})


# 1 Local daily, Zamfara: a night raid that kills and abducts, a troops' gun duel, two recalled incidents
t1 = """Bandits kill seven, abduct 40 in Zamfara community

Bandits have killed seven persons and abducted about 40 others, mostly women and children, in an attack on Dansadau, a community in the Maru Local Government Area of Zamfara State.

It was gathered that the gunmen, numbering over 100, stormed the community on motorcycles around 11pm on Sunday, shooting sporadically and breaking into homes.

A resident, Malam Sani Garba, who spoke with our correspondent on the telephone on Monday, said the attackers operated for nearly three hours without any challenge from security agents.

"They came in large numbers and went from house to house. They shot my neighbour and his son in front of their house. We buried seven people this morning and more than 40 people, most of them women and children, were taken away," he said.

When contacted, the Police Public Relations Officer in the state, SP Yazid Abubakar, confirmed the attack but said five persons were killed. He said a combined team of police and military personnel had been deployed to the area and that efforts were ongoing to rescue the kidnapped victims.

Also on Monday, troops of Operation Fansan Yamma engaged a group of bandits in a gun duel near Maru town, killing four of them and recovering two AK-47 rifles, a military source told our correspondent.

The latest attack came barely two months after bandits killed 12 farmers at Birnin Magaji in January.

Zamfara is among the states in the North-West worst hit by banditry, with armed gangs raiding villages, kidnapping residents for ransom and imposing levies on farmers before they are allowed to harvest their crops. In February 2021, gunmen abducted 279 schoolgirls from the Government Girls Secondary School, Jangebe, in Talata Mafara LGA; they were released days later."""
dans = {**loc("Dansadau", "Dansadau, a community in the Maru Local Government Area", "Zamfara", "NG", 11.83, 6.23),
        "coords_note": "approximate position of the town"}
jang = {**loc("Jangebe", "Government Girls Secondary School, Jangebe, in Talata Mafara LGA", "Zamfara", "NG",
              12.57, 6.07, "region"), "coords_note": "placed at Talata Mafara, seat of its LGA"}
art(1, "Bandits kill seven, abduct 40 in Zamfara community", "2025-03-11", t1, [
    ev(VAC, "attack", "2025-03-09", "day", dans, UAG, "unknown", CIV, "civilians", 7, 5, 7,
       evidence="It was gathered that the gunmen, numbering over 100, stormed the community on motorcycles around 11pm on Sunday, shooting sporadically and breaking into homes."),
    ev(VAC, "abduction_forced_disappearance", "2025-03-09", "day", dans, UAG, "unknown", CIV, "civilians",
       evidence="Bandits have killed seven persons and abducted about 40 others, mostly women and children, in an attack on Dansadau, a community in the Maru Local Government Area of Zamfara State."),
    ev(BAT, "armed_clash", "2025-03-10", "day", loc("Maru", "near Maru town", "Zamfara", "NG", 12.33, 6.40),
       MIL, "state_forces", UAG, "unknown", 4,
       evidence="Also on Monday, troops of Operation Fansan Yamma engaged a group of bandits in a gun duel near Maru town, killing four of them and recovering two AK-47 rifles, a military source told our correspondent."),
    ev(VAC, "attack", "2025-01-15", "month", loc("Birnin Magaji", "Birnin Magaji", "Zamfara", "NG", 12.56, 6.89),
       UAG, "unknown", CIV, "civilians", 12,
       evidence="The latest attack came barely two months after bandits killed 12 farmers at Birnin Magaji in January.", bg=True),
    ev(VAC, "abduction_forced_disappearance", "2021-02-15", "month", jang, UAG, "unknown",
       "Civilians (Nigeria): students", "civilians",
       evidence="In February 2021, gunmen abducted 279 schoolgirls from the Government Girls Secondary School, Jangebe, in Talata Mafara LGA; they were released days later.", bg=True),
])

# 2 Online daily, Borno: ISWAP assault on a base, farmers killed by Boko Haram, a recalled bombing
t2 = """ISWAP attacks military base in Borno, kills five soldiers

Fighters of the Islamic State West Africa Province (ISWAP) on Monday attacked a military base in Malam Fatori, headquarters of Abadam Local Government Area of Borno State, killing at least five soldiers, military sources and residents have said.

The insurgents, who arrived in gun trucks at about 5:30 a.m., engaged troops of the 149 Battalion in a fierce gun battle that lasted about two hours before they were repelled, an officer who asked not to be named because he was not authorised to speak to journalists told PREMIUM TIMES.

"We lost five of our men and eight others were injured. The terrorists also suffered heavy casualties and abandoned some of their dead," the officer said. A resident of the town, who gave his name only as Bukar, said the attackers burnt a patrol vehicle and carted away weapons before withdrawing towards the Lake Chad islands.

The spokesperson of Operation Hadin Kai, Lt. Col. Musa Dangana, said in a statement that troops "successfully repelled" the attack and neutralised "scores of terrorists", but did not mention any military casualties.

In a separate incident on Saturday, suspected Boko Haram terrorists killed nine farmers working on their farms near Ngamdu, a village along the Maiduguri-Damaturu highway in Kaga LGA.

A member of the Civilian Joint Task Force, Babagana Kyari, said the victims were rounded up and slaughtered. "We recovered nine bodies and took them to Benisheikh for burial," he said.

Malam Fatori, near the border with Niger Republic, has come under repeated attacks since residents returned to the town under a government resettlement programme.

The insurgency, which began in 2009, has killed more than 40,000 people and displaced about two million in the North-East, according to the United Nations. In June last year, female suicide bombers struck a wedding party and a hospital in Gwoza, killing at least 32 people, in attacks blamed on Boko Haram."""
art(2, "ISWAP attacks military base in Borno, kills five soldiers", "2025-05-13", t2, [
    ev(BAT, "armed_clash", "2025-05-12", "day",
       loc("Mallam Fatori", "a military base in Malam Fatori", "Borno", "NG", 13.67, 13.34),
       ISWAP, "rebel_group", MIL, "state_forces", 5, 5, injured=8,
       evidence="Fighters of the Islamic State West Africa Province (ISWAP) on Monday attacked a military base in Malam Fatori, headquarters of Abadam Local Government Area of Borno State, killing at least five soldiers, military sources and residents have said."),
    ev(VAC, "attack", "2025-05-10", "day",
       {**loc("Ngamdu", "near Ngamdu, a village along the Maiduguri-Damaturu highway in Kaga LGA", "Borno", "NG",
              11.79, 12.28), "coords_note": "approximate position of the village"},
       BH, "rebel_group", CIV, "civilians", 9,
       evidence="In a separate incident on Saturday, suspected Boko Haram terrorists killed nine farmers working on their farms near Ngamdu, a village along the Maiduguri-Damaturu highway in Kaga LGA."),
    ev(ERV, "suicide_bomb", "2024-06-15", "month", loc("Gwoza", "Gwoza", "Borno", "NG", 11.08, 13.70),
       BH, "rebel_group", CIV, "civilians", 32, 32,
       evidence="In June last year, female suicide bombers struck a wedding party and a hospital in Gwoza, killing at least 32 people, in attacks blamed on Boko Haram.", bg=True),
])

# 3 Wire, Cameroon Far North and Niger's Diffa: market bombing, village raid, army post attack, air strike
t3 = """Militants kill 11 in Cameroon's Far North, six Niger soldiers die in attack on army post

YAOUNDE/NIAMEY, Jan 28 (Reuters) - Suspected Boko Haram militants killed 11 civilians in two attacks in Cameroon's Far North region, while jihadists killed six soldiers at an army post in southeastern Niger, officials said on Tuesday.

In Cameroon, a female suicide bomber blew herself up at a crowded market in Kolofata, a few kilometres from the Nigerian border, on Sunday afternoon, killing seven people and wounding 15, a local administrative official said by telephone.

On Monday night, militants raided the village of Tourou near Mokolo, killing four people and setting fire to houses and a church, the village chief, Daniel Wassou, told Reuters.

"They came at night when everyone was asleep. We could only run into the mountains," he said.

In Niger, fighters of Islamic State West Africa Province (ISWAP) attacked an army post at Bosso, on the shores of Lake Chad in the Diffa region, late on Sunday, killing six soldiers, the defence ministry said in a statement read on state television. The statement said "several terrorists were neutralised" during the fighting.

On Monday, air force planes struck the attackers' column as it fled towards the islands of the lake, the ministry added, without giving a toll.

Boko Haram, which launched its insurgency in northeast Nigeria in 2009, has carried out frequent raids into neighbouring Cameroon, Niger and Chad, and its rival ISWAP controls swathes of territory around the lake. In July 2015, two suicide bombers killed about 20 people in Maroua, the capital of Cameroon's Far North, in an attack blamed on Boko Haram.

The four countries contribute troops to a Multinational Joint Task Force set up to fight the militants, but Niger announced its withdrawal from the force this year after its military government broke with Western partners."""
art(3, "Militants kill 11 in Cameroon's Far North, six Niger soldiers die in attack on army post", "2025-01-28", t3, [
    ev(ERV, "suicide_bomb", "2025-01-26", "day",
       {**loc("Kolofata", "a crowded market in Kolofata", "Far North", "CM", 11.17, 14.00),
        "coords_note": "approximate position of the town"},
       BH, "rebel_group", "Civilians (Cameroon)", "civilians", 7, injured=15,
       evidence="In Cameroon, a female suicide bomber blew herself up at a crowded market in Kolofata, a few kilometres from the Nigerian border, on Sunday afternoon, killing seven people and wounding 15, a local administrative official said by telephone."),
    ev(VAC, "attack", "2025-01-27", "day",
       {**loc("Tourou", "the village of Tourou near Mokolo", "Far North", "CM", 10.74, 13.80, "region"),
        "coords_note": "placed at Mokolo"},
       BH, "rebel_group", "Civilians (Cameroon)", "civilians", 4,
       evidence="On Monday night, militants raided the village of Tourou near Mokolo, killing four people and setting fire to houses and a church, the village chief, Daniel Wassou, told Reuters."),
    ev(BAT, "armed_clash", "2025-01-26", "day", loc("Bosso", "an army post at Bosso", "Diffa", "NE", 13.70, 13.31),
       ISWAP, "rebel_group", "Military Forces of Niger", "state_forces", 6, 6,
       evidence="In Niger, fighters of Islamic State West Africa Province (ISWAP) attacked an army post at Bosso, on the shores of Lake Chad in the Diffa region, late on Sunday, killing six soldiers, the defence ministry said in a statement read on state television."),
    ev(ERV, "air_drone_strike", "2025-01-27", "day",
       {**loc("Bosso", "the islands of the lake", "Diffa", "NE", 13.70, 13.31, "region"),
        "coords_note": "the column's position is not given; placed at Bosso"},
       "Military Forces of Niger", "state_forces", ISWAP, "rebel_group",
       evidence="On Monday, air force planes struck the attackers' column as it fled towards the islands of the lake, the ministry added, without giving a toll."),
    ev(ERV, "suicide_bomb", "2015-07-15", "month", loc("Maroua", "Maroua", "Far North", "CM", 10.59, 14.32),
       BH, "rebel_group", "Civilians (Cameroon)", "civilians", 20,
       evidence="In July 2015, two suicide bombers killed about 20 people in Maroua, the capital of Cameroon's Far North, in an attack blamed on Boko Haram.", bg=True),
])

# 4 Local daily, Plateau: two village attacks by suspected herders, arrests, a women's protest, a recalled massacre
t4 = """Gunmen kill 23 in fresh Plateau attacks

No fewer than 23 people have been killed in fresh attacks by gunmen suspected to be herders on two communities in Bokkos and Riyom Local Government Areas of Plateau State.

Daily Trust gathered that the attackers invaded Hurti village in Bokkos LGA at about 10pm on Sunday, shooting residents and setting houses ablaze. A community leader, Mr Ezekiel Dalyop, said 16 people were killed in the attack, including a pregnant woman and three children.

"We have been living in fear since last year. The attackers came from the bush, and by the time the soldiers arrived they had gone," he said.

The spokesman of the Plateau State Police Command, DSP Musa Gyang, confirmed the attack but said 11 bodies had been recovered and that investigation had commenced.

On Monday evening, another attack on Jol village in Riyom LGA left seven people dead, according to the Chairman of the LGA, Mr Sunday Choji, who said the victims were returning from their farms when they were ambushed.

The Media Information Officer of Operation Safe Haven, Major Samson Zhakom, said troops had arrested six suspects in connection with the killings during a raid on a hideout near Bokkos on Monday.

Hundreds of women, dressed in black and carrying placards, protested at the Bokkos LGA secretariat on Monday, demanding an end to the killings.

The Miyetti Allah Cattle Breeders Association of Nigeria (MACBAN) in the state condemned the attacks and urged security agencies to fish out the perpetrators, saying herders had also lost cattle to rustlers.

Plateau has witnessed recurring clashes between farmers and herders over land and grazing routes. On December 24, 2023, gunmen attacked villages in Bokkos LGA, killing at least 150 people and burning hundreds of homes."""
bok_r = {**loc("Hurti", "Hurti village in Bokkos LGA", "Plateau", "NG", 9.30, 8.99, "region"),
         "coords_note": "placed at Bokkos, seat of its LGA"}
art(4, "Gunmen kill 23 in fresh Plateau attacks", "2025-04-15", t4, [
    ev(VAC, "attack", "2025-04-13", "day", bok_r, "Fulani Ethnic Militia (Nigeria)", "identity_militia", CIV,
       "civilians", 16, 11, 16,
       evidence="Daily Trust gathered that the attackers invaded Hurti village in Bokkos LGA at about 10pm on Sunday, shooting residents and setting houses ablaze."),
    ev(VAC, "attack", "2025-04-14", "day",
       {**loc("Jol", "Jol village in Riyom LGA", "Plateau", "NG", 9.64, 8.76, "region"),
        "coords_note": "placed at Riyom, seat of its LGA"},
       "Fulani Ethnic Militia (Nigeria)", "identity_militia", CIV, "civilians", 7,
       evidence="On Monday evening, another attack on Jol village in Riyom LGA left seven people dead, according to the Chairman of the LGA, Mr Sunday Choji, who said the victims were returning from their farms when they were ambushed."),
    ev(SD, "arrests", "2025-04-14", "day", loc("Bokkos", "a hideout near Bokkos", "Plateau", "NG", 9.30, 8.99),
       MIL, "state_forces", "Fulani Ethnic Militia (Nigeria)", "identity_militia",
       evidence="The Media Information Officer of Operation Safe Haven, Major Samson Zhakom, said troops had arrested six suspects in connection with the killings during a raid on a hideout near Bokkos on Monday."),
    ev(PRO, "peaceful_protest", "2025-04-14", "day", loc("Bokkos", "the Bokkos LGA secretariat", "Plateau", "NG", 9.30, 8.99),
       "Protesters (Nigeria)", "protesters", None, None,
       evidence="Hundreds of women, dressed in black and carrying placards, protested at the Bokkos LGA secretariat on Monday, demanding an end to the killings."),
    ev(VAC, "attack", "2023-12-24", "day", loc("Bokkos", "villages in Bokkos LGA", "Plateau", "NG", 9.30, 8.99, "region"),
       UAG, "unknown", CIV, "civilians", 150, 150,
       evidence="On December 24, 2023, gunmen attacked villages in Bokkos LGA, killing at least 150 people and burning hundreds of homes.", bg=True),
])

# 5 Broadcaster, South-East: sit-at-home enforcement in two towns, a police shootout the next morning
t5 = """Two killed, vehicles burnt as gunmen enforce sit-at-home in Imo, Anambra

Gunmen enforcing the Monday sit-at-home order in the South-East have killed two traders in Orlu, Imo State, and set three vehicles ablaze in Ihiala, Anambra State.

Channels Television learnt that the hoodlums, who wore masks, arrived at the Orlu main market at about 8am on Monday and opened fire on traders who had opened their shops in defiance of the order, killing two of them.

In Ihiala, witnesses said the gunmen set fire to two buses and a truck parked along the Onitsha-Owerri road, forcing motorists to flee.

The spokesman of the Imo State Police Command, CSP Henry Okoye, said the attacks were carried out by members of the Eastern Security Network (ESN), the armed wing of the proscribed Indigenous People of Biafra (IPOB).

He said police operatives on Tuesday morning engaged the gunmen in a shootout at Izombe in Oguta LGA, neutralising three of them, while one officer sustained a gunshot injury. Two AK-47 rifles and a locally made explosive device were recovered, he added.

IPOB, in a statement by its spokesman, Emma Powerful, denied involvement and said the group had long called off the weekly sit-at-home. "Those attacking innocent people are criminals sponsored to tarnish the image of our movement," the statement read.

The sit-at-home was introduced in 2021 to press for the release of IPOB leader Nnamdi Kanu, who is standing trial on terrorism charges in Abuja. Although the group later limited it to days when Kanu appears in court, markets, schools and banks in many parts of the region remain shut on Mondays."""
art(5, "Two killed, vehicles burnt as gunmen enforce sit-at-home in Imo, Anambra", "2025-08-19", t5, [
    ev(VAC, "attack", "2025-08-18", "day", loc("Orlu", "the Orlu main market", "Imo", "NG", 5.80, 7.04),
       "IPOB: Indigenous People of Biafra", "rebel_group", CIV, "civilians", 2,
       evidence="Channels Television learnt that the hoodlums, who wore masks, arrived at the Orlu main market at about 8am on Monday and opened fire on traders who had opened their shops in defiance of the order, killing two of them."),
    ev(SD, "looting_property_destruction", "2025-08-18", "day",
       loc("Ihiala", "along the Onitsha-Owerri road", "Anambra", "NG", 5.85, 6.86),
       "IPOB: Indigenous People of Biafra", "rebel_group", CIV, "civilians",
       evidence="In Ihiala, witnesses said the gunmen set fire to two buses and a truck parked along the Onitsha-Owerri road, forcing motorists to flee."),
    ev(BAT, "armed_clash", "2025-08-19", "day",
       {**loc("Izombe", "Izombe in Oguta LGA", "Imo", "NG", 5.64, 6.87), "coords_note": "approximate position"},
       POL, "state_forces", "IPOB: Indigenous People of Biafra", "rebel_group", 3, injured=1,
       evidence="He said police operatives on Tuesday morning engaged the gunmen in a shootout at Izombe in Oguta LGA, neutralising three of them, while one officer sustained a gunshot injury."),
])

# 6 Army press release: weekly operations roundup with aggregates and dated actions in four theatres
t6 = """DEFENCE HEADQUARTERS
PRESS RELEASE

TROOPS NEUTRALISE 47 TERRORISTS, RESCUE 51 KIDNAPPED HOSTAGES IN ONE WEEK

1. The Armed Forces of Nigeria sustained their offensive against terrorists, bandits and other criminal elements across the country in the past week. Within the period, troops neutralised 47 terrorists, arrested 82 suspects and rescued 51 kidnapped hostages. Troops also recovered 61 assorted weapons and 1,203 rounds of ammunition.

2. In the North East, troops of Operation HADIN KAI on 2 June 2025 repelled an attack by terrorists on their location at Gajiram in Nganzai LGA of Borno State, neutralising 6 terrorists and recovering 4 AK-47 rifles and a gun truck. On 3 June 2025, the Air Component conducted air interdiction on ISWAP enclaves at Tumbun Rego on the fringes of Lake Chad, destroying logistics facilities and neutralising scores of the terrorists.

3. In the North West, troops of Operation FANSAN YAMMA on 4 June 2025 made contact with bandits at Unguwar Gamji village in Faskari LGA of Katsina State. Troops neutralised 3 bandits in the ensuing firefight and rescued 14 kidnapped victims, who have since been reunited with their families.

4. In the North Central, troops of Operation SAFE HAVEN on 1 June 2025 arrested 5 suspected perpetrators of the recent killings in Mangu LGA of Plateau State. The suspects are undergoing investigation.

5. In the South East, troops of Operation UDO KA on 5 June 2025 raided an IPOB/ESN camp in Orsumoghu forest, Ihiala LGA of Anambra State, neutralising 2 of the criminals, while others fled with gunshot wounds. Troops destroyed the camp.

6. The Armed Forces of Nigeria remain resolute in the fight against all forms of insecurity and urge members of the public to continue to provide credible information to security agencies.

MAJOR GENERAL AHMED YUSUFU
DIRECTOR DEFENCE MEDIA OPERATIONS
6 June 2025"""
art(6, "TROOPS NEUTRALISE 47 TERRORISTS, RESCUE 51 KIDNAPPED HOSTAGES IN ONE WEEK", "2025-06-06", t6, [
    ev(BAT, "armed_clash", "2025-06-02", "day", loc("Gajiram", "their location at Gajiram in Nganzai LGA", "Borno", "NG", 12.49, 13.21),
       MIL, "state_forces", "Unidentified jihadist group (Nigeria)", "rebel_group", 6,
       evidence="In the North East, troops of Operation HADIN KAI on 2 June 2025 repelled an attack by terrorists on their location at Gajiram in Nganzai LGA of Borno State, neutralising 6 terrorists and recovering 4 AK-47 rifles and a gun truck."),
    ev(ERV, "air_drone_strike", "2025-06-03", "day",
       {**loc("Tumbun Rego", "Tumbun Rego on the fringes of Lake Chad", "Borno", "NG", 12.67, 13.61, "region"),
        "coords_note": "Lake Chad island settlement; placed at Monguno"},
       MIL, "state_forces", ISWAP, "rebel_group",
       evidence="On 3 June 2025, the Air Component conducted air interdiction on ISWAP enclaves at Tumbun Rego on the fringes of Lake Chad, destroying logistics facilities and neutralising scores of the terrorists."),
    ev(BAT, "armed_clash", "2025-06-04", "day",
       {**loc("Faskari", "Unguwar Gamji village in Faskari LGA", "Katsina", "NG", 11.72, 7.03, "region"),
        "coords_note": "placed at Faskari, seat of its LGA"},
       MIL, "state_forces", UAG, "unknown", 3,
       evidence="In the North West, troops of Operation FANSAN YAMMA on 4 June 2025 made contact with bandits at Unguwar Gamji village in Faskari LGA of Katsina State."),
    ev(SD, "arrests", "2025-06-01", "day", loc("Mangu", "Mangu LGA of Plateau State", "Plateau", "NG", 9.52, 9.10, "region"),
       MIL, "state_forces", UAG, "unknown",
       evidence="In the North Central, troops of Operation SAFE HAVEN on 1 June 2025 arrested 5 suspected perpetrators of the recent killings in Mangu LGA of Plateau State."),
    ev(BAT, "armed_clash", "2025-06-05", "day",
       {**loc("Ihiala", "Orsumoghu forest, Ihiala LGA", "Anambra", "NG", 5.85, 6.86, "region")},
       MIL, "state_forces", "IPOB: Indigenous People of Biafra", "rebel_group", 2,
       evidence="In the South East, troops of Operation UDO KA on 5 June 2025 raided an IPOB/ESN camp in Orsumoghu forest, Ihiala LGA of Anambra State, neutralising 2 of the criminals, while others fled with gunshot wounds."),
])

# 7 NGO statement: an air strike on a village market, a vigilante clash, two recalled strikes
t7 = """Nigeria: Authorities must investigate air strike that killed at least 16 villagers in Zamfara

ABUJA, 24 September 2025 - Amnesty International today called on the Nigerian authorities to open an independent investigation into a military air strike which killed at least 16 civilians, including five children, at a weekly market in Moriki, Zurmi Local Government Area of Zamfara State, on Saturday.

Witnesses told Amnesty International that a military jet dropped two bombs on the crowded market at about 2pm, as traders and farmers gathered to buy and sell grain. At least nine others were injured and are receiving treatment at the Federal Medical Centre in Gusau. Community leaders put the death toll at 21.

"We heard the sound of the plane and before we could run, everything was on fire," a grain seller who lost his brother told Amnesty International.

The Nigerian Air Force said in a statement that the strike targeted "a gathering of bandits and their collaborators" and that it had set up a board of inquiry.

Two days after the strike, members of the Katsina State Community Watch Corps clashed with bandits at Kankara, leaving five bandits and two corps members dead, a local official said.

"Every time the military bombs a village by mistake, it promises an investigation. We are yet to see the outcome of any of them," said Ngozi Eze, a researcher at Amnesty International Nigeria.

This is not the first time civilians have been killed in military air operations. In December 2023, a drone strike on a religious gathering at Tudun Biri in Kaduna State killed at least 85 civilians; the army admitted it was a mistake. In January 2017, an air force jet bombed a camp for displaced people in Rann, Borno State, killing more than 100 people.

Amnesty International urges the authorities to ensure that victims and their families receive adequate reparation and that those responsible are brought to justice in fair trials."""
art(7, "Nigeria: Authorities must investigate air strike that killed at least 16 villagers in Zamfara", "2025-09-24", t7, [
    ev(ERV, "air_drone_strike", "2025-09-20", "day",
       loc("Moriki", "a weekly market in Moriki, Zurmi Local Government Area", "Zamfara", "NG", 12.87, 6.49),
       MIL, "state_forces", CIV, "civilians", 16, 16, 21, injured=9,
       evidence="Amnesty International today called on the Nigerian authorities to open an independent investigation into a military air strike which killed at least 16 civilians, including five children, at a weekly market in Moriki, Zurmi Local Government Area of Zamfara State, on Saturday."),
    ev(BAT, "armed_clash", "2025-09-22", "day", loc("Kankara", "Kankara", "Katsina", "NG", 11.93, 7.41),
       "Katsina State Community Watch Corps", "political_militia", UAG, "unknown", 7,
       evidence="Two days after the strike, members of the Katsina State Community Watch Corps clashed with bandits at Kankara, leaving five bandits and two corps members dead, a local official said."),
    ev(ERV, "air_drone_strike", "2023-12-15", "month",
       {**loc("Tudun Biri", "Tudun Biri in Kaduna State", "Kaduna", "NG", 10.52, 7.44, "region"),
        "coords_note": "village in Igabi LGA; placed at Kaduna"},
       MIL, "state_forces", CIV, "civilians", 85, 85,
       evidence="In December 2023, a drone strike on a religious gathering at Tudun Biri in Kaduna State killed at least 85 civilians; the army admitted it was a mistake.", bg=True),
    ev(ERV, "air_drone_strike", "2017-01-15", "month", loc("Rann", "a camp for displaced people in Rann", "Borno", "NG", 12.27, 14.47),
       MIL, "state_forces", CIV, "civilians", 100, 100,
       evidence="In January 2017, an air force jet bombed a camp for displaced people in Rann, Borno State, killing more than 100 people.", bg=True),
])

out = Path(__file__).with_name("probe-nigeria.jsonl")
with out.open("w") as f:
    for a in arts:
        f.write(json.dumps(a, ensure_ascii=False) + "\n")
print(out, len(arts), sum(len(a["events"]) for a in arts))
