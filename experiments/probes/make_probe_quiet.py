"""Builds probe-quiet.jsonl: own-written conflict articles that tell few or no codable events (talks, trials,
aid reports, election security, anniversaries, analysis, sanctions and threats; not dev text)."""
import json
from pathlib import Path


from probe_gold import ev, loc  # noqa: E402


arts = []
VAC, BAT, RIO, SD, ERV = ("violence_against_civilians", "battles", "riots", "strategic_developments",
                          "explosions_remote_violence")

# 1 Sudan: truce talks with proposals and blanket accusations; one interception in passing, one recalled capture
t1 = """Sudan's warring sides trade blame as U.S.-backed truce talks stall

GENEVA, Aug 14 (Reuters) - Mediators pressed Sudan's army and the paramilitary Rapid Support Forces on Thursday to accept a 90-day humanitarian truce, but both delegations accused each other of bad faith and no date was set for a new round, diplomats said.

The proposal, drafted by the United States, Saudi Arabia and Egypt, calls for a halt to fighting around El Fasher and Kadugli, safe passage for aid convoys and the withdrawal of fighters from hospitals and markets, according to a copy seen by Reuters.

"The militia has violated every truce it has signed since Jeddah," the head of the army delegation, Lieutenant General Hamid Osman, said in a statement, accusing the RSF of shelling civilians and looting aid. An RSF adviser, Ezzeldin al-Tayeb, told reporters the army "bombs markets from the air while its envoys talk of peace" and said the group was ready to sign "if the other side is serious".

Neither side has agreed to international monitoring, a key sticking point, a Western diplomat said.

Fighting did not stop while the delegations met. The army said on Wednesday that its air defences had shot down several drones launched by the RSF at the Merowe dam in Northern State, adding that no damage was caused. The RSF did not comment.

The war, which erupted in April 2023 over plans to merge the two forces, has killed tens of thousands of people and driven more than 12 million from their homes, according to U.N. figures. Famine has been confirmed in at least ten areas, including the Zamzam camp near El Fasher, which the RSF overran in April this year.

The RSF has threatened to push its offensive towards El Obeid, the capital of North Kordofan, while the army has vowed to retake all of Darfur. Washington has sanctioned commanders on both sides.

"Both armies still believe they can win on the battlefield," said Amal Idris, a Sudanese researcher based in Nairobi. "Until that changes, these talks are about managing American pressure, not ending the war.\""""
arts.append({"id": "probe-quiet-1", "url": None, "title": "Sudan's warring sides trade blame as U.S.-backed truce talks stall",
             "published": "2025-08-14", "text": t1, "events": [
    ev(SD, "disrupted_weapons_use", "2025-08-13", "week",
       {**loc("Merowe", "the Merowe dam in Northern State", "Northern", "SD", 18.48, 31.82),
        "coords_note": "Merowe town; the dam lies about 30 km upstream"},
       "Military Forces of Sudan", "state_forces", "RSF: Rapid Support Forces", "rebel_group",
       evidence="The army said on Wednesday that its air defences had shot down several drones launched by the RSF at the Merowe dam in Northern State, adding that no damage was caused."),
    ev(BAT, "non_state_actor_overtakes_territory", "2025-04-15", "month",
       {**loc("Zamzam", "the Zamzam camp near El Fasher", "North Darfur", "SD", 13.49, 25.31, "region"),
        "coords_note": "approximate position of the camp south of El Fasher"},
       "RSF: Rapid Support Forces", "rebel_group", None, None,
       evidence="Famine has been confirmed in at least ten areas, including the Zamzam camp near El Fasher, which the RSF overran in April this year.", bg=True),
]})

# 2 DR Congo: a military court verdict for an old massacre; one fresh attack in passing
t2 = """Congo military court jails CODECO militiamen for displacement camp massacre

BUNIA, Democratic Republic of Congo (AFP) - A military court in the eastern Congolese city of Bunia on Wednesday sentenced eleven members of the CODECO militia to life in prison for the massacre of displaced people at the Plaine Savo camp more than three years ago, lawyers for the victims said.

Two other defendants were acquitted for lack of evidence, and the court ordered the Congolese state to pay $5,000 in damages to each bereaved family, one of the lawyers, Maitre Dieudonne Ngabu, told AFP.

CODECO fighters armed with machetes and guns attacked the camp in Djugu territory on the night of February 1, 2022, killing at least 62 people, most of them women and children from the Hema community. The militia, which says it defends Lendu farmers, denied involvement at the time.

"This verdict will not bring back our children, but it tells the killers that they are not above the law," said Jeanne Lonema, who lost two daughters in the attack.

The trial opened in March and heard more than 40 witnesses, some of them from behind screens for fear of reprisals. Defence lawyers said they would appeal.

Ituri province has been under a "state of siege" since May 2021, with army and police officers replacing civilian governors, but rights groups say the measure has done little to curb the violence. The United Nations says more than 1.6 million people are displaced in the province, where CODECO and the rival Zaire militia are accused of killing thousands of civilians since 2017.

Violence flared again in the days before the verdict. On Monday, suspected CODECO fighters attacked artisanal gold miners at a site near Mongbwalu, killing seven people, a local civil society leader said. The army said it was pursuing the attackers.

The Islamic State-linked Allied Democratic Forces (ADF) also remain active in southern Ituri, where the army and Ugandan troops have been conducting joint operations since 2021."""
arts.append({"id": "probe-quiet-2", "url": None, "title": "Congo military court jails CODECO militiamen for displacement camp massacre",
             "published": "2025-06-19", "text": t2, "events": [
    ev(VAC, "attack", "2022-02-01", "day",
       {**loc("Djugu", "the camp in Djugu territory", "Ituri", "CD", 1.92, 30.50, "region"),
        "coords_note": "Plaine Savo camp placed at Djugu, the seat of its territory"},
       "CODECO: Cooperative for the Development of Congo", "identity_militia",
       "Civilians (Democratic Republic of Congo)", "civilians", 62, 62,
       evidence="CODECO fighters armed with machetes and guns attacked the camp in Djugu territory on the night of February 1, 2022, killing at least 62 people, most of them women and children from the Hema community.", bg=True),
    ev(VAC, "attack", "2025-06-16", "day",
       loc("Mongbwalu", "a site near Mongbwalu", "Ituri", "CD", 1.95, 30.03),
       "CODECO: Cooperative for the Development of Congo", "identity_militia",
       "Civilians (Democratic Republic of Congo)", "civilians", 7,
       evidence="On Monday, suspected CODECO fighters attacked artisanal gold miners at a site near Mongbwalu, killing seven people, a local civil society leader said."),
]})

# 3 Mozambique: an NGO displacement statement full of figures; one recalled incident as cause
t3 = """Mozambique: Displacement in Cabo Delgado at highest level in three years, aid group warns

Maputo/Pemba, 20 November 2025 - More than 107,000 people have fled their homes in Mozambique's Cabo Delgado and Nampula provinces since late September, the largest wave of displacement since 2022, the Norwegian Refugee Council (NRC) said on Thursday, warning that aid funding has collapsed just as needs soar.

Families are arriving in Montepuez, Chiure and Erati with nothing, many after walking for days through the bush, NRC said. In Erati district, in Nampula, a single primary school now shelters more than 3,000 people, and cases of acute watery diarrhoea have tripled in a month.

"We are meeting mothers who have been displaced three or four times since this conflict began," said NRC's country director, Ana Mabunda. "Each time they lose a little more."

The latest movements followed a series of insurgent raids on villages in Ancuabe, Chiure and Memba districts, where armed men linked to the Islamic State group have burned homes and churches and killed civilians, according to local authorities. In one of the deadliest incidents, insurgents beheaded six farmers in the village of Mazeze, in Chiure district, on 28 September, residents told NRC staff.

Government forces, backed by Rwandan troops, have stepped up operations to clear the area, the defence ministry said this month, but several roads remain closed to humanitarian convoys.

The humanitarian response plan for Mozambique is only 24 percent funded, and the World Food Programme has warned it may have to halt food distributions to 300,000 people in the north by January.

The conflict, which began with attacks on police stations in Mocimboa da Praia in 2017, has killed more than 6,000 people and displaced over a million, according to monitoring groups.

NRC called on donors to release emergency funding and on all parties to allow civilians to move freely and safely."""
arts.append({"id": "probe-quiet-3", "url": None, "title": "Mozambique: Displacement in Cabo Delgado at highest level in three years, aid group warns",
             "published": "2025-11-20", "text": t3, "events": [
    ev(VAC, "attack", "2025-09-28", "day",
       {**loc("Chiure", "the village of Mazeze, in Chiure district", "Cabo Delgado", "MZ", -13.44, 39.93, "region"),
        "coords_note": "Mazeze village placed at Chiure, the seat of its district"},
       "Islamic State (Mozambique)", "rebel_group", "Civilians (Mozambique)", "civilians", 6,
       evidence="In one of the deadliest incidents, insurgents beheaded six farmers in the village of Mazeze, in Chiure district, on 28 September, residents told NRC staff.", bg=True),
]})

# 4 Colombia: election security warnings; one attack on a candidate's car in passing, one recalled shooting
t4 = """Colombia deploys troops as armed groups cast shadow over election

BOGOTA, Colombia (AP) - Colombia will deploy more than 230,000 soldiers and police officers to guard Sunday's congressional elections, the defense minister said Thursday, as the country's ombudsman warned that armed groups threaten voters and candidates in nearly a third of its municipalities.

In an early warning report, the ombudsman's office said dissident factions of the former FARC rebels, the National Liberation Army (ELN) and the Gulf Clan were pressuring residents in 350 municipalities to vote for or against certain candidates, and had barred some campaigns from entering rural areas altogether.

"There are regions where a candidate cannot hold a rally without the permission of an armed group," the ombudsman told reporters.

On Tuesday, gunmen fired on a car carrying a candidate for the House of Representatives in the municipality of Suarez, in southwestern Cauca province, wounding one of her bodyguards, police said. The candidate, Luz Dary Caicedo, was unharmed. No group has claimed the attack.

Political violence has risen since the campaign began. Senator and presidential hopeful Miguel Uribe Turbay was shot in the head by a gunman at a rally in a Bogota park in June last year and died two months later. A teenager has since been convicted of the shooting.

The ELN, whose peace talks with the government broke down last year, said in a statement that it would not obstruct voting, but urged Colombians to reject "the parties of war". A faction of FARC dissidents led by Ivan Mordisco warned candidates to stay out of the areas it controls.

At least 38 social leaders have been killed so far this year, according to the think tank Indepaz.

"We will not allow armed groups to decide who governs," Interior Minister Armando Benedetti said, adding that the government had set up a special unit to investigate threats against candidates."""
arts.append({"id": "probe-quiet-4", "url": None, "title": "Colombia deploys troops as armed groups cast shadow over election",
             "published": "2026-03-05", "text": t4, "events": [
    ev(VAC, "attack", "2026-03-03", "day",
       loc("Suarez", "the municipality of Suarez, in southwestern Cauca province", "Cauca", "CO", 2.95, -76.70),
       "Unidentified Armed Group (Colombia)", "unknown", "Civilians (Colombia)", "civilians", injured=1,
       evidence="On Tuesday, gunmen fired on a car carrying a candidate for the House of Representatives in the municipality of Suarez, in southwestern Cauca province, wounding one of her bodyguards, police said."),
    ev(VAC, "attack", "2025-06-15", "month",
       loc("Bogota", "a Bogota park", "Bogota D.C.", "CO", 4.61, -74.08),
       "Unidentified Armed Group (Colombia)", "unknown", "Civilians (Colombia)", "civilians", 1,
       evidence="Senator and presidential hopeful Miguel Uribe Turbay was shot in the head by a gunman at a rally in a Bogota park in June last year and died two months later.", bg=True),
]})

# 5 Iraqi Kurdistan: anniversary of the 1988 chemical attack; one clash in passing
t5 = """Halabja marks 38 years since chemical attack as survivors demand compensation

HALABJA, Kurdistan Region - Thousands of people gathered at the Halabja Monument on Monday to mark the 38th anniversary of the chemical attack on the city, laying wreaths and observing a minute of silence at 11:15 a.m., the hour the first bombs fell.

Iraqi air force jets dropped mustard gas and nerve agents on Halabja on March 16, 1988, in the final months of the Iran-Iraq war, killing an estimated 5,000 people, most of them women and children, and injuring around 10,000 others.

"My mother and three sisters died in front of our house. I was eight years old," survivor Hiwa Rashid told reporters. "Every year officials come and make speeches, but we are still waiting for treatment and compensation."

In a statement, the Kurdistan Region's prime minister called the attack "a wound in the conscience of humanity" and urged Baghdad to speed up payments to victims' families. The Iraqi parliament voted last April to make Halabja the country's 19th province, a long-standing demand of residents.

The attack came during the Anfal campaign, in which Saddam Hussein's forces killed up to 180,000 Kurds in the late 1980s. Ali Hassan al-Majid, known as "Chemical Ali", was convicted of ordering the Halabja attack by an Iraqi court in 2010 and hanged days later.

Security was tight around the ceremony. Two days earlier, suspected Islamic State militants attacked a Peshmerga position near Kifri in the Garmiyan area, killing one Peshmerga fighter and wounding two others, the Peshmerga ministry said. The ministry said the attackers fled towards the Hamrin mountains after an hour-long exchange of fire.

Kurdish officials have repeatedly warned that Islamic State cells are regrouping in the disputed areas between the Kurdistan Region and federal Iraq, where security gaps between Peshmerga and Iraqi army units persist."""
arts.append({"id": "probe-quiet-5", "url": None, "title": "Halabja marks 38 years since chemical attack as survivors demand compensation",
             "published": "2026-03-16", "text": t5, "events": [
    ev(ERV, "chemical_weapon", "1988-03-16", "day",
       loc("Halabja", "Halabja", "Halabja", "IQ", 35.18, 45.99),
       "Military Forces of Iraq", "state_forces", "Civilians (Iraq)", "civilians", 5000, injured=10000,
       evidence="Iraqi air force jets dropped mustard gas and nerve agents on Halabja on March 16, 1988, in the final months of the Iran-Iraq war, killing an estimated 5,000 people, most of them women and children, and injuring around 10,000 others.", bg=True),
    ev(BAT, "armed_clash", "2026-03-14", "day",
       loc("Kifri", "near Kifri in the Garmiyan area", "Diyala", "IQ", 34.69, 44.96),
       "Islamic State", "rebel_group", "Peshmerga (Kurdistan Region)", "state_forces", 1, injured=2,
       evidence="Two days earlier, suspected Islamic State militants attacked a Peshmerga position near Kifri in the Garmiyan area, killing one Peshmerga fighter and wounding two others, the Peshmerga ministry said."),
]})

# 6 Mali: analysis of JNIM's fuel blockade; one ambush last week, one recalled battle
t6 = """Analysis: Why JNIM is choking Mali's fuel supply instead of storming Bamako

DAKAR, Oct 20 - For weeks, queues of cars have snaked around petrol stations in Bamako. Schools have closed, power cuts last most of the day, and a litre of petrol costs three times the official price on the black market.

The cause lies hundreds of kilometres away, on the roads from Senegal and Ivory Coast, where fighters of the al Qaeda-linked Jama'at Nusrat al-Islam wal-Muslimin (JNIM) have been ambushing fuel convoys since early September. In a video released that month, the group warned that any truck carrying fuel to the capital would be treated as a target.

Since then dozens of tankers have been burned, mostly in the Kayes and Sikasso regions, and drivers have been kidnapped, according to transport unions.

"JNIM does not need to take Bamako. It needs Bamako to stop believing the junta can protect it," said Ibrahim Keita, a Sahel researcher at a Dakar-based think tank. "Economic pressure does more for that than a frontal assault."

The approach reflects lessons the group has learned. JNIM has avoided fighting pitched battles for towns since it and Tuareg separatists routed an army and Wagner column at Tinzaouatene, on the Algerian border, in July 2024, killing dozens of Russian mercenaries. It has instead struck symbolic targets, such as the gendarmerie school and airport in Bamako last year.

The army has answered with escorted convoys and air strikes on suspected JNIM bases. On Thursday, soldiers escorting a fuel convoy fought off an ambush by JNIM fighters near Kati, 15 kilometres from the capital, the army said, claiming to have "neutralised" several assailants. It gave no figure for its own losses.

The junta, which seized power in coups in 2020 and 2021, has expelled French troops and UN peacekeepers and turned to Russia's Africa Corps, which replaced Wagner in June.

Analysts warn that the blockade could also strain Mali's alliance with Burkina Faso and Niger, whose own supply routes run through the same insecure corridors. "If the fuel stops, patience stops," Keita said."""
arts.append({"id": "probe-quiet-6", "url": None, "title": "Analysis: Why JNIM is choking Mali's fuel supply instead of storming Bamako",
             "published": "2025-10-20", "text": t6, "events": [
    ev(BAT, "armed_clash", "2024-07-15", "month",
       loc("Tinzaouatene", "Tinzaouatene, on the Algerian border", "Kidal", "ML", 19.96, 2.97),
       "JNIM: Group for Support of Islam and Muslims", "rebel_group", "Military Forces of Mali", "state_forces",
       evidence="JNIM has avoided fighting pitched battles for towns since it and Tuareg separatists routed an army and Wagner column at Tinzaouatene, on the Algerian border, in July 2024, killing dozens of Russian mercenaries.", bg=True),
    ev(BAT, "armed_clash", "2025-10-16", "day",
       loc("Kati", "near Kati, 15 kilometres from the capital", "Koulikoro", "ML", 12.74, -8.07),
       "JNIM: Group for Support of Islam and Muslims", "rebel_group", "Military Forces of Mali", "state_forces",
       evidence="On Thursday, soldiers escorting a fuel convoy fought off an ambush by JNIM fighters near Kati, 15 kilometres from the capital, the army said, claiming to have \"neutralised\" several assailants."),
]})

# 7 Yemen: Houthi threats and U.S. sanctions; one claimed drone shoot-down
t7 = """Houthis threaten to resume Red Sea attacks if Gaza truce collapses; U.S. imposes new sanctions

DUBAI (AP) - Yemen's Houthi rebels warned on Wednesday that they would resume attacks on shipping in the Red Sea and on Israel "within hours" if the Gaza ceasefire collapses, as the United States announced sanctions on a network it said smuggled Iranian weapons parts to the group.

In a televised speech, Houthi leader Abdul-Malik al-Houthi said his forces were "watching closely" and accused Israel of violating the truce every day. "Our missiles and drones are ready," he said.

The U.S. Treasury said it had designated 12 individuals and companies in China, the United Arab Emirates and Oman that it accused of buying missile components and drone engines for the Houthis. The State Department separately offered a reward of up to $15 million for information on the group's financing.

The Houthis have not claimed an attack on a merchant ship since the ceasefire took hold. Between late 2023 and the truce, they attacked more than 100 vessels, sinking four, and held the crew of a seized car carrier for over a year.

Tension remains high inside Yemen. The group's military spokesman, Yahya Saree, said on Tuesday that its air defences had shot down a U.S. MQ-9 Reaper drone over Marib province. The U.S. military did not confirm the loss.

Yemen's internationally recognised government, meanwhile, accused the Houthis of shelling residential areas of Taiz almost daily and of sending reinforcements to the front lines in Marib and Dhale, and warned that a new Houthi offensive on Marib's oil fields would end efforts to extend the country's own truce.

Saudi Arabia pledged $368 million in economic aid to the government last week to pay public salaries, the Saudi ambassador said."""
arts.append({"id": "probe-quiet-7", "url": None, "title": "Houthis threaten to resume Red Sea attacks if Gaza truce collapses; U.S. imposes new sanctions",
             "published": "2025-11-13", "text": t7, "events": [
    ev(SD, "disrupted_weapons_use", "2025-11-11", "week",
       {**loc("Marib", "over Marib province", "Marib", "YE", 15.46, 45.33, "admin1"),
        "coords_note": "Marib city, the governorate capital"},
       "Houthi Movement", "rebel_group", "Military Forces of the United States", "state_forces",
       evidence="The group's military spokesman, Yahya Saree, said on Tuesday that its air defences had shot down a U.S. MQ-9 Reaper drone over Marib province."),
]})

for a in arts:
    for e in a["events"]:
        assert e["evidence"] in a["text"], (a["id"], e["evidence"])
out = Path(__file__).with_name("probe-quiet.jsonl")
out.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in arts), encoding="utf-8")
print(out, len(arts), sum(len(a["events"]) for a in arts))
