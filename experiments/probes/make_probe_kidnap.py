"""Builds probe-kidnap.jsonl: own-written articles on abductions, hostage-taking, disappearances and sexual violence (not dev text)."""
import json
from pathlib import Path


from probe_gold import ev, loc  # noqa: E402


arts = []
VAC, BAT, RIO, SD, PRO = ("violence_against_civilians", "battles", "riots", "strategic_developments", "protests")
AB, SV = "abduction_forced_disappearance", "sexual_violence"
UAG_NG = "Unidentified Armed Group (Nigeria)"
CIV_NG = "Civilians (Nigeria)"

# 1 Nigeria: a school raid (a killing and a mass abduction), a rescue gunfight, older school abductions recalled
t1 = """Gunmen seize 25 schoolgirls in northwest Nigeria, kill vice principal

BIRNIN KEBBI, Nigeria, Nov 19 (Reuters) - Gunmen stormed a government girls' boarding school in Nigeria's northwestern Kebbi state before dawn on Monday and carried away 25 students, police said, the latest mass abduction from a school in a region plagued by armed gangs.

The attackers, who arrived on motorcycles, overpowered the guards at the school in Maga town, in Danko-Wasagu local government area, and shot dead the school's vice principal as he tried to lock the dormitory gate, Kebbi police spokesman Nafiu Abubakar said in a statement.

Parents gathered at the school gate on Tuesday as soldiers and local vigilantes combed nearby forests. "We have heard nothing from them since Monday. We are only praying," said Aminu Bello, whose two daughters were among those taken.

Governor Nasir Idris ordered the closure of all boarding schools in the southern part of the state. No group has claimed the abduction. Armed gangs known locally as bandits, who kidnap for ransom, operate from forest camps straddling Kebbi, Zamfara and Niger states.

In neighbouring Kaduna state, troops freed 11 travellers on Tuesday after a gunfight with their kidnappers in a forest near Katari, on the Abuja-Kaduna highway, an army spokesman said, adding that three kidnappers were killed. The travellers had been seized when gunmen blocked the highway near Katari last week.

The Kebbi raid recalled the kidnapping of more than 130 pupils from a school in Kuriga, Kaduna state, in March 2024, and the seizure of 276 girls by Boko Haram from their school in Chibok in April 2014, an abduction that drew worldwide outrage. Dozens of the Chibok girls are still missing."""
MAGA = {**loc("Maga", "the school in Maga town, in Danko-Wasagu local government area", "Kebbi", "NG", 11.30, 4.95),
        "coords_note": "approximate position of Maga in Danko-Wasagu LGA"}
KATARI = {**loc("Katari", "a forest near Katari, on the Abuja-Kaduna highway", "Kaduna", "NG", 9.87, 7.33, "region"),
          "coords_note": "approximate: Katari on the Abuja-Kaduna highway"}
arts.append({"id": "probe-kidnap-1", "url": None, "title": "Gunmen seize 25 schoolgirls in northwest Nigeria, kill vice principal",
             "published": "2025-11-19", "text": t1, "events": [
    ev(VAC, AB, "2025-11-17", "day", MAGA, UAG_NG, "unknown", "Civilians (Nigeria): students", "civilians",
       evidence="Gunmen stormed a government girls' boarding school in Nigeria's northwestern Kebbi state before dawn on Monday and carried away 25 students, police said, the latest mass abduction from a school in a region plagued by armed gangs."),
    ev(VAC, "attack", "2025-11-17", "day", MAGA, UAG_NG, "unknown", CIV_NG, "civilians", 1,
       evidence="The attackers, who arrived on motorcycles, overpowered the guards at the school in Maga town, in Danko-Wasagu local government area, and shot dead the school's vice principal as he tried to lock the dormitory gate, Kebbi police spokesman Nafiu Abubakar said in a statement."),
    ev(BAT, "armed_clash", "2025-11-18", "day", KATARI, "Military Forces of Nigeria", "state_forces", UAG_NG, "unknown", 3,
       evidence="In neighbouring Kaduna state, troops freed 11 travellers on Tuesday after a gunfight with their kidnappers in a forest near Katari, on the Abuja-Kaduna highway, an army spokesman said, adding that three kidnappers were killed."),
    ev(VAC, AB, "2025-11-13", "week", {**KATARI, "mention": "the highway near Katari"}, UAG_NG, "unknown", CIV_NG, "civilians",
       evidence="The travellers had been seized when gunmen blocked the highway near Katari last week.", bg=True),
    ev(VAC, AB, "2024-03-15", "month",
       {**loc("Kuriga", "a school in Kuriga, Kaduna state", "Kaduna", "NG", 10.24, 7.05), "coords_note": "approximate"},
       UAG_NG, "unknown", "Civilians (Nigeria): students", "civilians",
       evidence="The Kebbi raid recalled the kidnapping of more than 130 pupils from a school in Kuriga, Kaduna state, in March 2024, and the seizure of 276 girls by Boko Haram from their school in Chibok in April 2014, an abduction that drew worldwide outrage.", bg=True),
    ev(VAC, AB, "2014-04-15", "month", loc("Chibok", "their school in Chibok", "Borno", "NG", 10.87, 12.85),
       "Boko Haram", "rebel_group", "Civilians (Nigeria): students", "civilians",
       evidence="The Kebbi raid recalled the kidnapping of more than 130 pupils from a school in Kuriga, Kaduna state, in March 2024, and the seizure of 276 girls by Boko Haram from their school in Chibok in April 2014, an abduction that drew worldwide outrage.", bg=True),
]})

# 2 Haiti: a bus kidnapping by a named gang, a rescue shootout, a UN-documented gang rape recalled
t2 = """Gang kidnaps 14 bus passengers east of Haiti's capital

PORT-AU-PRINCE, Haiti (AP) — Gang members armed with assault rifles stopped a public bus on the road between Croix-des-Bouquets and Ganthier on Thursday and forced all 14 passengers into the surrounding brush, Haitian police said, in the latest mass kidnapping for ransom in the troubled Caribbean nation.

Police blamed the 400 Mawozo gang, which controls much of the plain east of the capital and was behind the 2021 abduction of 17 missionaries from an Ohio-based charity.

The kidnappers let two elderly women go on Friday and are demanding $50,000 for each of the remaining captives, a relative of one of the passengers told The Associated Press by phone, speaking on condition of anonymity for fear of reprisals.

"They call us every night and put my brother on the phone so we can hear him crying," the relative said.

In a separate operation on Friday, police officers backed by Kenyan personnel of the Multinational Security Support mission freed a kidnapped doctor from a house in Petion-Ville after a shootout in which two suspected kidnappers were killed, police spokesman Michel-Ange Louis-Jeune said. The doctor had been held for nine days.

The UN human rights office said this week that gangs increasingly use rape to terrorize communities. During an attack on the Solino neighborhood of Port-au-Prince on May 27, members of the Viv Ansanm gang coalition raped at least 11 women and girls, the office said in a report.

Kidnappings rose by a third in the first five months of the year, to 318 reported cases, according to UN figures."""
arts.append({"id": "probe-kidnap-2", "url": None, "title": "Gang kidnaps 14 bus passengers east of Haiti's capital",
             "published": "2025-06-14", "text": t2, "events": [
    ev(VAC, AB, "2025-06-12", "day",
       loc("Croix-des-Bouquets", "the road between Croix-des-Bouquets and Ganthier", "Ouest", "HT", 18.58, -72.23),
       "400 Mawozo", "political_militia", "Civilians (Haiti): bus passengers", "civilians",
       evidence="Gang members armed with assault rifles stopped a public bus on the road between Croix-des-Bouquets and Ganthier on Thursday and forced all 14 passengers into the surrounding brush, Haitian police said, in the latest mass kidnapping for ransom in the troubled Caribbean nation."),
    ev(BAT, "armed_clash", "2025-06-13", "day", loc("Petion-Ville", "a house in Petion-Ville", "Ouest", "HT", 18.51, -72.29),
       "Police Forces of Haiti and Police Forces of Kenya (MSS)", "state_forces", "Unidentified Armed Group (Haiti)", "unknown", 2,
       evidence="In a separate operation on Friday, police officers backed by Kenyan personnel of the Multinational Security Support mission freed a kidnapped doctor from a house in Petion-Ville after a shootout in which two suspected kidnappers were killed, police spokesman Michel-Ange Louis-Jeune said."),
    ev(VAC, SV, "2025-05-27", "day", loc("Port-au-Prince", "the Solino neighborhood of Port-au-Prince", "Ouest", "HT", 18.54, -72.34),
       "Viv Ansanm", "political_militia", "Civilians (Haiti): women and girls", "civilians",
       evidence="During an attack on the Solino neighborhood of Port-au-Prince on May 27, members of the Viv Ansanm gang coalition raped at least 11 women and girls, the office said in a report.", bg=True),
]})

# 3 DR Congo: a UN mission statement; ADF killings and abductions, a rescue clash, M23 rapes over two weeks, an older massacre
t3 = """DR Congo: MONUSCO condemns killings and abductions of civilians by the ADF in Irumu territory

KINSHASA, 13 August 2025 – The United Nations Organization Stabilization Mission in the Democratic Republic of the Congo (MONUSCO) strongly condemns the attack carried out by the Allied Democratic Forces (ADF) against civilians in Irumu territory, Ituri province, during the night of 10 to 11 August.

According to preliminary information gathered by the Mission, ADF combatants killed at least nine civilians with machetes and firearms in the village of Mambelenga, near Komanda, and abducted at least 38 others, including 12 children. Several houses and a health centre were set on fire.

Peacekeepers deployed to the area on 11 August and, together with the Armed Forces of the Democratic Republic of the Congo (FARDC), freed 14 of the hostages after exchanges of fire with the assailants near the village of Ofaye.

"Targeting sleeping families and carrying children into the forest are abhorrent acts that may constitute war crimes," said the Acting Head of MONUSCO. "Those responsible must be brought to justice."

The Mission is also alarmed by consistent reports of sexual violence committed by M23 combatants in Rutshuru territory, North Kivu province. Between 1 and 15 July, the UN Joint Human Rights Office documented the rape of at least 27 women and girls in and around the locality of Kiwanja, most of them while they were working in their fields.

The ADF, which has pledged allegiance to the Islamic State group, has intensified its attacks in Ituri and North Kivu in recent months. In May, ADF combatants attacked the village of Byambwe, in Lubero territory, killing at least 30 civilians, according to local authorities.

MONUSCO calls on all armed groups to immediately release all persons held captive and reiterates its support to the Congolese authorities in protecting civilians."""
MAMB = {**loc("Komanda", "the village of Mambelenga, near Komanda", "Ituri", "CD", 1.37, 29.77, "region"),
        "coords_note": "Mambelenga placed at Komanda, the nearest town known with confidence"}
arts.append({"id": "probe-kidnap-3", "url": None,
             "title": "DR Congo: MONUSCO condemns killings and abductions of civilians by the ADF in Irumu territory",
             "published": "2025-08-13", "text": t3, "events": [
    ev(VAC, "attack", "2025-08-11", "day", MAMB, "ADF: Allied Democratic Forces", "rebel_group",
       "Civilians (Democratic Republic of Congo)", "civilians", 9, 9,
       evidence="According to preliminary information gathered by the Mission, ADF combatants killed at least nine civilians with machetes and firearms in the village of Mambelenga, near Komanda, and abducted at least 38 others, including 12 children."),
    ev(VAC, AB, "2025-08-11", "day", MAMB, "ADF: Allied Democratic Forces", "rebel_group",
       "Civilians (Democratic Republic of Congo)", "civilians",
       evidence="According to preliminary information gathered by the Mission, ADF combatants killed at least nine civilians with machetes and firearms in the village of Mambelenga, near Komanda, and abducted at least 38 others, including 12 children."),
    ev(BAT, "armed_clash", "2025-08-11", "day",
       {**MAMB, "mention": "near the village of Ofaye", "coords_note": "Ofaye placed at Komanda, the nearest town known with confidence"},
       "Military Forces of the Democratic Republic of Congo and MONUSCO", "state_forces", "ADF: Allied Democratic Forces", "rebel_group",
       evidence="Peacekeepers deployed to the area on 11 August and, together with the Armed Forces of the Democratic Republic of the Congo (FARDC), freed 14 of the hostages after exchanges of fire with the assailants near the village of Ofaye."),
    ev(VAC, SV, "2025-07-08", "month", loc("Kiwanja", "in and around the locality of Kiwanja", "North Kivu", "CD", -1.17, 29.45),
       "M23: March 23 Movement", "rebel_group", "Civilians (Democratic Republic of Congo): women and girls", "civilians",
       evidence="Between 1 and 15 July, the UN Joint Human Rights Office documented the rape of at least 27 women and girls in and around the locality of Kiwanja, most of them while they were working in their fields."),
    ev(VAC, "attack", "2025-05-15", "month",
       {**loc("Lubero", "the village of Byambwe, in Lubero territory", "North Kivu", "CD", -0.16, 29.24, "region"),
        "coords_note": "Byambwe placed at Lubero town, seat of the territory"},
       "ADF: Allied Democratic Forces", "rebel_group", "Civilians (Democratic Republic of Congo)", "civilians", 30, 30,
       evidence="In May, ADF combatants attacked the village of Byambwe, in Lubero territory, killing at least 30 civilians, according to local authorities.", bg=True),
]})

# 4 Mexico: young men disappeared by municipal police, arrests of officers, a search volunteer abducted, a march, Ayotzinapa recalled
t4 = """Mexican families say police handed five young men to cartel

GUADALAJARA, Mexico (AFP) - Relatives of five young men who vanished after being stopped by municipal police in the western Mexican city of Lagos de Moreno on Saturday accused the officers on Wednesday of handing them over to a cartel.

Security camera footage shown to reporters shows a patrol car pulling over the men's pickup truck outside a gas station on the edge of the city. The men, aged between 19 and 26, have not been seen since.

"The police took my son. The police have to give him back," said Rosa Elena Munoz, holding a photograph of her youngest child.

Jalisco state prosecutors said on Wednesday they had arrested four municipal officers in connection with the case and were investigating possible links between the local force and the Jalisco New Generation Cartel.

About 200 people marched to the Lagos de Moreno town hall on Wednesday afternoon demanding the men's return.

Jalisco has more than 15,000 people registered as missing, the highest figure of any Mexican state, and volunteer search groups made up mostly of mothers comb the countryside for clandestine graves.

Those volunteers are themselves at risk. On Tuesday, armed men abducted Teresa Gonzalez, a member of the Luz de Esperanza search collective, from her home in Tlajomulco de Zuniga, south of Guadalajara, the group said. She was the third search volunteer taken in the state this year.

The case has drawn comparisons with the disappearance of 43 students of a teachers' college in Ayotzinapa, who were detained by police in the city of Iguala, Guerrero, in September 2014 and allegedly handed to a drug gang. Their remains have never been found."""
LAGOS = loc("Lagos de Moreno", "the western Mexican city of Lagos de Moreno", "Jalisco", "MX", 21.36, -101.93)
arts.append({"id": "probe-kidnap-4", "url": None, "title": "Mexican families say police handed five young men to cartel",
             "published": "2025-09-18", "text": t4, "events": [
    ev(VAC, AB, "2025-09-13", "day", LAGOS, "Police Forces of Mexico (Lagos de Moreno Municipal Police)", "state_forces",
       "Civilians (Mexico)", "civilians",
       evidence="Relatives of five young men who vanished after being stopped by municipal police in the western Mexican city of Lagos de Moreno on Saturday accused the officers on Wednesday of handing them over to a cartel."),
    ev(SD, "arrests", "2025-09-17", "week", {**LAGOS, "mention": None}, "Police Forces of Mexico (Jalisco State Prosecutor)", "state_forces",
       "Police Forces of Mexico (Lagos de Moreno Municipal Police)", "state_forces",
       evidence="Jalisco state prosecutors said on Wednesday they had arrested four municipal officers in connection with the case and were investigating possible links between the local force and the Jalisco New Generation Cartel."),
    ev(PRO, "peaceful_protest", "2025-09-17", "day", {**LAGOS, "mention": "the Lagos de Moreno town hall"}, "Protesters (Mexico)", "protesters",
       None, None,
       evidence="About 200 people marched to the Lagos de Moreno town hall on Wednesday afternoon demanding the men's return."),
    ev(VAC, AB, "2025-09-16", "day", loc("Tlajomulco de Zuniga", "her home in Tlajomulco de Zuniga", "Jalisco", "MX", 20.47, -103.44),
       "Unidentified Armed Group (Mexico)", "unknown", "Civilians (Mexico): search volunteer", "civilians",
       evidence="On Tuesday, armed men abducted Teresa Gonzalez, a member of the Luz de Esperanza search collective, from her home in Tlajomulco de Zuniga, south of Guadalajara, the group said."),
    ev(VAC, AB, "2014-09-15", "month", loc("Iguala de la Independencia", "the city of Iguala, Guerrero", "Guerrero", "MX", 18.35, -99.54),
       "Police Forces of Mexico (Iguala Municipal Police)", "state_forces", "Civilians (Mexico): students", "civilians",
       evidence="The case has drawn comparisons with the disappearance of 43 students of a teachers' college in Ayotzinapa, who were detained by police in the city of Iguala, Guerrero, in September 2014 and allegedly handed to a drug gang.", bg=True),
]})

# 5 Sahel: a market-day abduction in central Mali, an ambush on a convoy, soldiers freed by negotiation, a priest kidnapped in Burkina
t5 = """Jihadists abduct dozens of men in central Mali, locals say

BAMAKO (AFP) - Suspected jihadists abducted at least 30 men from a village in central Mali's Mopti region on Saturday, local officials and residents told AFP on Monday.

The gunmen encircled Dinangourou, in Koro district near the border with Burkina Faso, during the weekly market and drove the men off in pickup trucks towards the bush, a local elected official said, asking not to be named for security reasons. No group has claimed responsibility.

"They separated the men from the women and took every man under fifty," a trader who fled to Koro told AFP by telephone. Another resident said the assailants accused the villagers of supplying information to the army and its Russian allies.

On Friday, a convoy of Malian soldiers and Russian Africa Corps fighters was ambushed near Boni, on the road between Douentza and Hombori, by fighters of the Al-Qaeda-linked Group to Support Islam and Muslims (JNIM), the group said in a statement. The army said it had repelled the attack and "neutralised" 12 assailants.

On Sunday, the ruling junta announced that 17 soldiers captured by JNIM during an attack on their post near Tessit in October had been freed following negotiations conducted by "community leaders", without giving further details.

In neighbouring Burkina Faso, armed men kidnapped a Catholic priest on Thursday as he returned from celebrating mass in a village of the Kaya diocese, the diocese said in a statement, calling for prayers for his release."""
arts.append({"id": "probe-kidnap-5", "url": None, "title": "Jihadists abduct dozens of men in central Mali, locals say",
             "published": "2025-03-10", "text": t5, "events": [
    ev(VAC, AB, "2025-03-08", "day",
       {**loc("Dinangourou", "Dinangourou, in Koro district", "Mopti", "ML", 14.43, -2.23), "coords_note": "approximate"},
       "Unidentified jihadist group (Mali)", "rebel_group", "Civilians (Mali)", "civilians",
       evidence="Suspected jihadists abducted at least 30 men from a village in central Mali's Mopti region on Saturday, local officials and residents told AFP on Monday."),
    ev(BAT, "armed_clash", "2025-03-07", "day",
       {**loc("Boni", "near Boni, on the road between Douentza and Hombori", "Mopti", "ML", 15.07, -1.98), "coords_note": "approximate"},
       "JNIM: Group for Support of Islam and Muslims", "rebel_group",
       "Military Forces of Mali and Africa Corps", "state_forces", 12, 12,
       evidence="On Friday, a convoy of Malian soldiers and Russian Africa Corps fighters was ambushed near Boni, on the road between Douentza and Hombori, by fighters of the Al-Qaeda-linked Group to Support Islam and Muslims (JNIM), the group said in a statement."),
    ev(SD, "agreement", "2025-03-09", "week", loc("Mali", None, None, "ML", 12.65, -8.00, "country"),
       "Government of Mali", "state_forces", "JNIM: Group for Support of Islam and Muslims", "rebel_group",
       evidence="On Sunday, the ruling junta announced that 17 soldiers captured by JNIM during an attack on their post near Tessit in October had been freed following negotiations conducted by \"community leaders\", without giving further details."),
    ev(BAT, "armed_clash", "2024-10-15", "month",
       {**loc("Tessit", "their post near Tessit", "Gao", "ML", 15.22, -0.30), "coords_note": "GeoNames position"},
       "JNIM: Group for Support of Islam and Muslims", "rebel_group", "Military Forces of Mali", "state_forces",
       evidence="On Sunday, the ruling junta announced that 17 soldiers captured by JNIM during an attack on their post near Tessit in October had been freed following negotiations conducted by \"community leaders\", without giving further details.", bg=True),
    ev(VAC, AB, "2025-03-06", "day",
       {**loc("Kaya", "a village of the Kaya diocese", "Centre-Nord", "BF", 13.09, -1.08, "region"),
        "coords_note": "village unnamed; placed at Kaya, seat of the diocese"},
       "Unidentified Armed Group (Burkina Faso)", "unknown", "Civilians (Burkina Faso): priest", "civilians",
       evidence="In neighbouring Burkina Faso, armed men kidnapped a Catholic priest on Thursday as he returned from celebrating mass in a village of the Kaya diocese, the diocese said in a statement, calling for prayers for his release."),
]})

# 6 Kenya: critics abducted by security agents, a march dispersed with arrests, the storming of parliament recalled
t6 = """Rights groups demand answers as two more government critics vanish

NAIROBI — Human rights groups on Tuesday demanded that police produce two young men who they say were abducted by security agents over the weekend, the latest in a string of disappearances of government critics that has alarmed Kenyans.

Witnesses said Kelvin Mwangi, 24, a social media user known for posting cartoons of President William Ruto, was seized outside a barbershop in Embu town on Saturday evening by four men who identified themselves as police officers and bundled him into an unmarked car.

A second man, Peter Otieno, a student activist, was taken from his rented house in Kitengela on Sunday night by armed men in plain clothes, his sister told the Nation. "They did not show any warrant. They just said he was needed for questioning," she said.

National Police Service spokeswoman Muchiri Nyaga said police had no record of either man being in custody and urged families to report the cases at the nearest station.

On Monday, police fired tear gas to disperse dozens of activists who had marched through Nairobi's central business district holding placards with the men's photographs, and arrested at least six of them, witnesses said.

The Law Society of Kenya says at least 82 people have been abducted since the anti-tax protests of last June, many of them released weeks later with signs of torture.

Those protests peaked on June 25 last year, when crowds stormed parliament in Nairobi and police opened fire, killing at least 19 people, according to the Kenya National Commission on Human Rights."""
arts.append({"id": "probe-kidnap-6", "url": None, "title": "Rights groups demand answers as two more government critics vanish",
             "published": "2025-01-08", "text": t6, "events": [
    ev(VAC, AB, "2025-01-04", "day", loc("Embu", "Embu town", "Embu", "KE", -0.53, 37.45),
       "Police Forces of Kenya", "state_forces", "Civilians (Kenya)", "civilians",
       evidence="Witnesses said Kelvin Mwangi, 24, a social media user known for posting cartoons of President William Ruto, was seized outside a barbershop in Embu town on Saturday evening by four men who identified themselves as police officers and bundled him into an unmarked car."),
    ev(VAC, AB, "2025-01-05", "day", loc("Kitengela", "his rented house in Kitengela", "Kajiado", "KE", -1.47, 36.96),
       "Security Forces of Kenya", "state_forces", "Civilians (Kenya)", "civilians",
       evidence="A second man, Peter Otieno, a student activist, was taken from his rented house in Kitengela on Sunday night by armed men in plain clothes, his sister told the Nation."),
    ev(PRO, "protest_with_intervention", "2025-01-06", "day", loc("Nairobi", "Nairobi's central business district", "Nairobi", "KE", -1.29, 36.82),
       "Protesters (Kenya)", "protesters", "Police Forces of Kenya", "state_forces",
       evidence="On Monday, police fired tear gas to disperse dozens of activists who had marched through Nairobi's central business district holding placards with the men's photographs, and arrested at least six of them, witnesses said."),
    ev(RIO, "violent_demonstration", "2024-06-25", "day", loc("Nairobi", "parliament in Nairobi", "Nairobi", "KE", -1.29, 36.82),
       "Rioters (Kenya)", "rioters", "Police Forces of Kenya", "state_forces", 19, 19,
       evidence="Those protests peaked on June 25 last year, when crowds stormed parliament in Nairobi and police opened fire, killing at least 19 people, according to the Kenya National Commission on Human Rights.", bg=True),
]})

for a in arts:
    for e in a["events"]:
        assert e["evidence"] in a["text"], (a["id"], e["evidence"])
out = Path(__file__).with_name("probe-kidnap.jsonl")
out.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in arts), encoding="utf-8")
print(out, len(arts), sum(len(a["events"]) for a in arts))
