"""Builds probe-wires.jsonl: own-written articles in the idiom of international wire services (dateline, "said on
Tuesday", officials and rights groups quoted, a background paragraph at the end) on Myanmar's Karenni State,
Sudan's White Nile and Northern states, the Kivus, Haiti's Ouest department, western and northern Mali, Colombia's
Guaviare and Arauca, and Mozambique's Nampula and Cabo Delgado; tolls updated, claims denied, acts dated apart from
the statements announcing them (not dev text)."""
import json
from pathlib import Path


from probe_gold import ev, loc  # noqa: E402


arts = []
BAT, ERV, VAC, PRO, SD = ("battles", "explosions_remote_violence", "violence_against_civilians", "protests",
                          "strategic_developments")
MM, SDN, CD = "Military Forces of Myanmar", "Military Forces of Sudan", "Military Forces of the Democratic Republic of Congo"
RSF = "RSF: Rapid Support Forces"
M23 = "M23: March 23 Movement"


def note(location, text):
    location["coords_note"] = text
    return location


# 1 Myanmar, Karenni (Kayah) State and southern Shan: Reuters-style copy from Bangkok
t1 = """Myanmar junta air strike on displacement camp kills seven in Karenni State, resistance says

BANGKOK, Feb 18 (Reuters) - A Myanmar military air strike on a camp for displaced people in eastern Karenni State killed seven people, including three children, and wounded 12 others, a resistance group and an aid worker said on Wednesday.

A fighter jet dropped two bombs on the camp near Demoso township at about 9 p.m. on Tuesday, when most of its residents were asleep, said a spokesperson for the Karenni Nationalities Defense Force (KNDF), one of the main armed groups fighting the junta in the state, which the military calls Kayah.

An aid worker who helped move the wounded to a clinic said the toll had risen from five overnight after two of the injured died on Wednesday morning. "There were no fighters there. Only families who had run away from the fighting in Loikaw," he said, asking not to be named for his safety.

Junta spokesman Zaw Min Tun did not answer calls seeking comment. State media said the air force had carried out "clearance operations" against "terrorist" positions in the area, without giving details.

The strike came a day after KNDF and Karenni Army fighters attacked army positions on the southern edge of the state capital Loikaw, sparking fighting that lasted several hours on Monday. The KNDF said four soldiers and two of its fighters were killed. Reuters could not independently verify the figures.

In neighbouring southern Shan State, three civilians were wounded on Sunday when junta artillery shells landed in a residential ward of Pekon town, the independent Kantarawaddy Times reported.

Separately, the state-run Global New Light of Myanmar said on Wednesday that police had arrested two men in Taunggyi, the Shan State capital, on suspicion of carrying explosives for the KNDF. It did not say when they were detained.

Karenni resistance forces launched an offensive on Loikaw in November 2023 and held parts of the town for months, before the military pushed them back with heavy air and artillery support.

Myanmar has been in turmoil since the military seized power in a 2021 coup, and more than 3.5 million people have been displaced across the country, according to the United Nations. The Assistance Association for Political Prisoners, a monitoring group, says more than 7,000 civilians have been killed by the security forces since the coup.

(Reporting by Reuters staff; Editing by ...)"""
arts.append({"id": "probe-wires-1", "url": None,
             "title": "Myanmar junta air strike on displacement camp kills seven in Karenni State, resistance says",
             "published": "2026-02-18", "text": t1, "events": [
    ev(ERV, "air_drone_strike", "2026-02-17", "day",
       note(loc("Dimawso", "the camp near Demoso township", "Kayah", "MM", 19.55, 97.16, "region"),
            "a displacement camp in Demoso township; Demoso's coordinates"),
       MM, "state_forces", "Civilians (Myanmar)", "civilians", 7, injured=12,
       evidence="A fighter jet dropped two bombs on the camp near Demoso township at about 9 p.m. on Tuesday, when most of its residents were asleep, said a spokesperson for the Karenni Nationalities Defense Force (KNDF), one of the main armed groups fighting the junta in the state, which the military calls Kayah."),
    ev(BAT, "armed_clash", "2026-02-16", "day",
       loc("Loikaw", "the southern edge of the state capital Loikaw", "Kayah", "MM", 19.68, 97.21),
       "KNDF: Karenni Nationalities Defense Force", "rebel_group", MM, "state_forces", 6,
       evidence="The strike came a day after KNDF and Karenni Army fighters attacked army positions on the southern edge of the state capital Loikaw, sparking fighting that lasted several hours on Monday."),
    ev(ERV, "shelling_artillery_missile_attack", "2026-02-15", "day",
       loc("Pekon", "a residential ward of Pekon town", "Shan", "MM", 19.87, 97.01),
       MM, "state_forces", "Civilians (Myanmar)", "civilians", injured=3,
       evidence="In neighbouring southern Shan State, three civilians were wounded on Sunday when junta artillery shells landed in a residential ward of Pekon town, the independent Kantarawaddy Times reported."),
    ev(SD, "arrests", "2026-02-18", "week",
       loc("Taunggyi", "Taunggyi, the Shan State capital", "Shan", "MM", 20.79, 97.04),
       "Police Forces of Myanmar", "state_forces", "Civilians (Myanmar)", "civilians",
       evidence="Separately, the state-run Global New Light of Myanmar said on Wednesday that police had arrested two men in Taunggyi, the Shan State capital, on suspicion of carrying explosives for the KNDF."),
    ev(BAT, "armed_clash", "2023-11-15", "month",
       loc("Loikaw", "Loikaw", "Kayah", "MM", 19.68, 97.21),
       "KNDF: Karenni Nationalities Defense Force", "rebel_group", MM, "state_forces",
       evidence="Karenni resistance forces launched an offensive on Loikaw in November 2023 and held parts of the town for months, before the military pushed them back with heavy air and artillery support.",
       bg=True),
]})

# 2 Sudan: AFP-style copy from Port Sudan on White Nile villages, Kordofan and drones on Merowe
t2 = """Paramilitaries kill 31 villagers in Sudan's White Nile, lawyers' group says

PORT SUDAN, Sudan, April 22 (AFP) - Fighters of Sudan's paramilitary Rapid Support Forces killed at least 31 civilians when they stormed a cluster of villages north of Ad Douiem in White Nile state on Monday, a rights group said on Wednesday.

The Emergency Lawyers, a group that documents abuses in the war, said the RSF fighters arrived on motorcycles and in pick-up trucks, shot residents who tried to flee, looted livestock and set fire to homes. An earlier toll given by a local resistance committee on Monday evening was 18 dead.

"They went from house to house. Anyone who resisted was killed," a resident who fled to Ad Douiem told AFP by telephone.

The RSF did not respond to a request for comment. The paramilitary group has in the past denied targeting civilians and blamed such killings on "rogue elements".

In West Kordofan, the army said its drones struck an RSF gathering in En Nahud on Tuesday, killing "dozens" of fighters and destroying combat vehicles. The claim could not be independently verified.

Early on Wednesday, RSF drones struck the power station at the Merowe Dam in Northern State, causing a blackout across several states including Khartoum, the national electricity company said. No casualties were reported.

The army said its air defences shot down most of the drones fired at Merowe, some 350 kilometres north of the capital.

Sudan's war between the army and the RSF, which broke out in April 2023, has killed tens of thousands of people and uprooted about 12 million, creating what the United Nations calls the world's largest displacement crisis.

The RSF overran Wad Madani, the capital of Al Jazirah state, in December 2023, before the army retook the city in January last year. The army has since pushed the paramilitaries out of Khartoum, while the RSF has tightened its grip on Darfur and parts of Kordofan."""
arts.append({"id": "probe-wires-2", "url": None,
             "title": "Paramilitaries kill 31 villagers in Sudan's White Nile, lawyers' group says",
             "published": "2026-04-22", "text": t2, "events": [
    ev(VAC, "attack", "2026-04-20", "day",
       note(loc("Ad Douiem", "a cluster of villages north of Ad Douiem in White Nile state", "White Nile", "SD",
                14.00, 32.31, "region"), "villages north of Ad Douiem; the town's coordinates"),
       RSF, "rebel_group", "Civilians (Sudan)", "civilians", 31, 31,
       evidence="Fighters of Sudan's paramilitary Rapid Support Forces killed at least 31 civilians when they stormed a cluster of villages north of Ad Douiem in White Nile state on Monday, a rights group said on Wednesday."),
    ev(ERV, "air_drone_strike", "2026-04-21", "day",
       loc("An Nuhud", "En Nahud", "West Kordofan", "SD", 12.70, 28.43),
       SDN, "state_forces", RSF, "rebel_group",
       evidence="In West Kordofan, the army said its drones struck an RSF gathering in En Nahud on Tuesday, killing \"dozens\" of fighters and destroying combat vehicles."),
    ev(ERV, "air_drone_strike", "2026-04-22", "day",
       loc("Merowe", "the Merowe Dam in Northern State", "Northern", "SD", 18.47, 31.81),
       RSF, "rebel_group", None, None, 0,
       evidence="Early on Wednesday, RSF drones struck the power station at the Merowe Dam in Northern State, causing a blackout across several states including Khartoum, the national electricity company said."),
    ev(SD, "disrupted_weapons_use", "2026-04-22", "day",
       loc("Merowe", "Merowe", "Northern", "SD", 18.47, 31.81),
       SDN, "state_forces", RSF, "rebel_group",
       evidence="The army said its air defences shot down most of the drones fired at Merowe, some 350 kilometres north of the capital."),
    ev(BAT, "non_state_actor_overtakes_territory", "2023-12-15", "month",
       loc("Wad Medani", "Wad Madani, the capital of Al Jazirah state", "Al Jazirah", "SD", 14.40, 33.52),
       RSF, "rebel_group", SDN, "state_forces",
       evidence="The RSF overran Wad Madani, the capital of Al Jazirah state, in December 2023, before the army retook the city in January last year.",
       bg=True),
    ev(BAT, "government_regains_territory", "2025-01-15", "month",
       loc("Wad Medani", "the city", "Al Jazirah", "SD", 14.40, 33.52),
       SDN, "state_forces", RSF, "rebel_group",
       evidence="The RSF overran Wad Madani, the capital of Al Jazirah state, in December 2023, before the army retook the city in January last year.",
       bg=True),
]})

# 3 DR Congo, the Kivus: Reuters-style copy from Kinshasa and Goma
t3 = """Congo drone strike kills four at market near Rubaya mines, rebels say; fighting flares in Masisi

KINSHASA/GOMA, May 13 (Reuters) - A drone strike by Congo's army killed four civilians at a market near the coltan-mining town of Rubaya in eastern Democratic Republic of Congo on Tuesday, local officials and the M23 rebel group said.

The Congolese army said in a statement on Wednesday that it had targeted "enemy positions and logistics" of the Rwanda-backed rebels and denied hitting civilians. Lawrence Kanyuka, spokesman for the rebel Congo River Alliance (AFC), which includes M23, accused Kinshasa of "bombing its own population" and said six other people were wounded.

The strike followed two days of fighting between M23 and Wazalendo, pro-government militias, around Nyabiondo in Masisi territory, some 50 km (30 miles) west of Goma. A civil society leader in Masisi said at least nine civilians caught in the crossfire had been killed there on Monday and that thousands of people had fled towards Walikale.

Further south, the rebels said on Tuesday they had taken control of Nzibira, a market town in South Kivu's Walungu territory, after clashes with Wazalendo fighters. Two residents reached by Reuters said M23 fighters entered the town on Monday afternoon after the militiamen withdrew into the surrounding hills.

"Since yesterday we hear shooting in the hills, people are hiding in their houses," one of them said on Tuesday.

A spokesman for the Wazalendo in South Kivu said his fighters had made a "tactical withdrawal" and would retake the town.

The violence is the most serious since the government and the AFC/M23 signed a framework agreement in Doha in November 2025, committing to a ceasefire and to talks on the return of state authority to rebel-held areas. Each side has accused the other of breaking the truce.

M23 seized Goma, eastern Congo's largest city, in January 2025 and captured Bukavu, the capital of South Kivu province, the following month, in an offensive that killed thousands of people, according to the Congolese government.

Congo, the United Nations and Western governments accuse Rwanda of backing the rebels with troops and weapons. Kigali denies that, saying its forces act in self-defence against Hutu militias linked to the 1994 genocide.

(Reporting by Reuters staff; Writing by ...; Editing by ...)"""
arts.append({"id": "probe-wires-3", "url": None,
             "title": "Congo drone strike kills four at market near Rubaya mines, rebels say; fighting flares in Masisi",
             "published": "2026-05-13", "text": t3, "events": [
    ev(ERV, "air_drone_strike", "2026-05-12", "day",
       note(loc("Rubaya", "a market near the coltan-mining town of Rubaya", "North Kivu", "CD", -1.56, 28.88,
                "region"), "Rubaya (approximate; not in cities500)"),
       CD, "state_forces", "Civilians (Democratic Republic of Congo)", "civilians", 4, injured=6,
       evidence="A drone strike by Congo's army killed four civilians at a market near the coltan-mining town of Rubaya in eastern Democratic Republic of Congo on Tuesday, local officials and the M23 rebel group said."),
    ev(BAT, "armed_clash", "2026-05-11", "day",
       note(loc("Nyabiondo", "around Nyabiondo in Masisi territory", "North Kivu", "CD", -1.29, 28.73, "region"),
            "Nyabiondo in Masisi territory (approximate)"),
       M23, "rebel_group", "Wazalendo", "political_militia", 9, 9,
       evidence="A civil society leader in Masisi said at least nine civilians caught in the crossfire had been killed there on Monday and that thousands of people had fled towards Walikale."),
    ev(BAT, "non_state_actor_overtakes_territory", "2026-05-11", "day",
       note(loc("Nzibira", "Nzibira, a market town in South Kivu's Walungu territory", "South Kivu", "CD", -2.68,
                28.52), "Nzibira (approximate)"),
       M23, "rebel_group", "Wazalendo", "political_militia",
       evidence="Two residents reached by Reuters said M23 fighters entered the town on Monday afternoon after the militiamen withdrew into the surrounding hills."),
    ev(SD, "agreement", "2025-11-15", "month",
       loc("Doha", "Doha", "Baladiyat ad Dawhah", "QA", 25.29, 51.53),
       "Government of the Democratic Republic of Congo", "state_forces", "AFC: Alliance Fleuve Congo", "rebel_group",
       evidence="The violence is the most serious since the government and the AFC/M23 signed a framework agreement in Doha in November 2025, committing to a ceasefire and to talks on the return of state authority to rebel-held areas.",
       bg=True),
    ev(BAT, "non_state_actor_overtakes_territory", "2025-01-15", "month",
       loc("Goma", "Goma, eastern Congo's largest city", "North Kivu", "CD", -1.67, 29.23),
       M23, "rebel_group", CD, "state_forces",
       evidence="M23 seized Goma, eastern Congo's largest city, in January 2025 and captured Bukavu, the capital of South Kivu province, the following month, in an offensive that killed thousands of people, according to the Congolese government.",
       bg=True),
    ev(BAT, "non_state_actor_overtakes_territory", "2025-02-15", "month",
       loc("Bukavu", "Bukavu, the capital of South Kivu province", "South Kivu", "CD", -2.49, 28.84),
       M23, "rebel_group", CD, "state_forces",
       evidence="M23 seized Goma, eastern Congo's largest city, in January 2025 and captured Bukavu, the capital of South Kivu province, the following month, in an offensive that killed thousands of people, according to the Congolese government.",
       bg=True),
]})

# 4 Haiti, Ouest department: AP-style copy from Port-au-Prince
t4 = """Gang attack on Haitian mountain town kills at least 8 as police launch drone strikes

PORT-AU-PRINCE, Haiti (AP) — Gang members attacked neighborhoods of Kenscoff, a hillside town overlooking Haiti's capital, killing at least eight people and setting homes ablaze, police said Tuesday.

The assault began before dawn on Sunday, when dozens of heavily armed men from the Viv Ansanm gang coalition descended on the area of Furcy, residents said. Police spokesman Lionel Lazarre said officers exchanged fire with the attackers for several hours before the gunmen pulled back.

Police initially said five people had died. On Tuesday they raised the toll to eight, after residents found three more bodies in a ravine. At least 14 people were wounded, according to a local hospital.

"We heard them shouting that they would burn everything," said Marie-Claude Joseph, a 52-year-old vendor who fled with her grandchildren to Pétionville. "We left with nothing."

On Monday, police and a private contractor working with the government launched drone strikes on positions of the 400 Mawozo gang in Croix-des-Bouquets, east of the capital, Lazarre said. He said "several" gang members were killed but gave no figure.

Human rights groups have criticized the drone strikes, saying they have killed and maimed civilians, including children, in densely populated neighborhoods.

Hundreds of people displaced from Kenscoff marched through Pétionville on Tuesday demanding that the government protect them. Police fired tear gas to disperse the crowd when some protesters tried to reach the prime minister's office, witnesses said.

Gangs control an estimated 90% of Port-au-Prince and have been expanding into once-peaceful areas of the Ouest and Artibonite departments. The U.N. says more than 5,000 people were killed in gang-related violence last year.

In November 2024, gang members shot at a commercial airliner as it approached Port-au-Prince's international airport, wounding a flight attendant and forcing the airport to close for weeks.

A U.N.-backed Gang Suppression Force is expected to take over this year from a Kenya-led mission that has struggled with a lack of troops and funds.

___

Associated Press writers contributed to this report."""
arts.append({"id": "probe-wires-4", "url": None,
             "title": "Gang attack on Haitian mountain town kills at least 8 as police launch drone strikes",
             "published": "2026-06-09", "text": t4, "events": [
    ev(VAC, "attack", "2026-06-07", "day",
       loc("Kenscoff", "neighborhoods of Kenscoff, a hillside town overlooking Haiti's capital", "Ouest", "HT",
           18.45, -72.28),
       "Viv Ansanm", "political_militia", "Civilians (Haiti)", "civilians", 8, 8, injured=14,
       evidence="Gang members attacked neighborhoods of Kenscoff, a hillside town overlooking Haiti's capital, killing at least eight people and setting homes ablaze, police said Tuesday."),
    ev(BAT, "armed_clash", "2026-06-07", "day",
       loc("Kenscoff", "the area of Furcy", "Ouest", "HT", 18.45, -72.28, "region"),
       "Viv Ansanm", "political_militia", "Police Forces of Haiti", "state_forces",
       evidence="Police spokesman Lionel Lazarre said officers exchanged fire with the attackers for several hours before the gunmen pulled back."),
    ev(ERV, "air_drone_strike", "2026-06-08", "day",
       loc("Croix-des-Bouquets", "Croix-des-Bouquets, east of the capital", "Ouest", "HT", 18.58, -72.23),
       "Police Forces of Haiti", "state_forces", "400 Mawozo", "political_militia",
       evidence="On Monday, police and a private contractor working with the government launched drone strikes on positions of the 400 Mawozo gang in Croix-des-Bouquets, east of the capital, Lazarre said."),
    ev(PRO, "protest_with_intervention", "2026-06-09", "day",
       loc("Pétionville", "Pétionville", "Ouest", "HT", 18.51, -72.29),
       "Protesters (Haiti)", "protesters", "Police Forces of Haiti", "state_forces",
       evidence="Hundreds of people displaced from Kenscoff marched through Pétionville on Tuesday demanding that the government protect them."),
    ev(VAC, "attack", "2024-11-15", "month",
       loc("Port-au-Prince", "Port-au-Prince's international airport", "Ouest", "HT", 18.54, -72.34),
       "Unidentified Gang (Haiti)", "political_militia", "Civilians (Haiti)", "civilians", injured=1,
       evidence="In November 2024, gang members shot at a commercial airliner as it approached Port-au-Prince's international airport, wounding a flight attendant and forcing the airport to close for weeks.",
       bg=True),
]})

# 5 Mali, Kayes region and the north: AFP-style copy from Bamako
t5 = """Jihadists attack army posts near Senegal border as drone strike kills six in Mali's north

BAMAKO, July 15 (AFP) - Jihadists linked to Al-Qaeda attacked army positions in two towns in Mali's western Kayes region on Tuesday, the army said, while a rebel alliance in the north accused the military of killing six civilians in a drone strike.

Fighters of the Group for the Support of Islam and Muslims (JNIM) stormed a military camp in Diboli, on the border with Senegal, and a gendarmerie post in the regional capital Kayes at dawn, the army general staff said in a statement. It said troops repelled both attacks and "neutralised" 21 assailants in Diboli, and that a "provisional" count showed two soldiers wounded in Kayes.

JNIM said in a message on its propaganda channels that it had killed "dozens" of soldiers and seized weapons. AFP was unable to verify the claims. A local official in Diboli, speaking on condition of anonymity, said the fighting lasted about three hours and that the town's market stayed closed on Tuesday.

In the north, the Azawad Liberation Front (FLA), a coalition of mainly Tuareg separatist groups, said a drone strike by the army and its Russian allies had killed six civilians, including two children, at a well near Tinzaouaten, close to the Algerian border, on Sunday.

The army said on Monday it had carried out "precision strikes" on "terrorist" targets in the Tinzaouaten area, without mentioning civilian casualties.

The FLA also said its fighters ambushed an army convoy escorted by Russian paramilitaries between Anefis and Kidal on Saturday, killing ten soldiers. The army did not comment on that claim.

Mali's junta, which came to power in coups in 2020 and 2021, broke with former colonial power France and turned to Russia for military support. The Kremlin-controlled Africa Corps replaced the Wagner mercenary group in the country last year.

The attacks in Kayes region highlight the jihadists' growing reach in western Mali, a key corridor for fuel and goods from the port of Dakar. JNIM has been enforcing a blockade on fuel deliveries to the country since last year.

In July 2024, Tuareg rebels and jihadists killed dozens of Wagner fighters and Malian soldiers in days of fighting near Tinzaouaten, one of the heaviest defeats for Russian forces in Africa."""
arts.append({"id": "probe-wires-5", "url": None,
             "title": "Jihadists attack army posts near Senegal border as drone strike kills six in Mali's north",
             "published": "2026-07-15", "text": t5, "events": [
    ev(BAT, "armed_clash", "2026-07-14", "day",
       note(loc("Diboli", "a military camp in Diboli, on the border with Senegal", "Kayes", "ML", 14.53, -12.12),
            "Diboli (approximate; not in cities500)"),
       "JNIM: Group for Support of Islam and Muslims", "rebel_group", "Military Forces of Mali", "state_forces",
       21,
       evidence="Fighters of the Group for the Support of Islam and Muslims (JNIM) stormed a military camp in Diboli, on the border with Senegal, and a gendarmerie post in the regional capital Kayes at dawn, the army general staff said in a statement."),
    ev(BAT, "armed_clash", "2026-07-14", "day",
       loc("Kayes", "a gendarmerie post in the regional capital Kayes", "Kayes", "ML", 14.45, -11.44),
       "JNIM: Group for Support of Islam and Muslims", "rebel_group", "Military Forces of Mali", "state_forces",
       injured=2,
       evidence="Fighters of the Group for the Support of Islam and Muslims (JNIM) stormed a military camp in Diboli, on the border with Senegal, and a gendarmerie post in the regional capital Kayes at dawn, the army general staff said in a statement."),
    ev(ERV, "air_drone_strike", "2026-07-12", "day",
       note(loc("Tinzaouaten", "a well near Tinzaouaten, close to the Algerian border", "Kidal", "ML", 19.96, 2.96,
                "region"), "Tinzaouaten (approximate; not in cities500)"),
       "Military Forces of Mali", "state_forces", "Civilians (Mali)", "civilians", 6,
       evidence="In the north, the Azawad Liberation Front (FLA), a coalition of mainly Tuareg separatist groups, said a drone strike by the army and its Russian allies had killed six civilians, including two children, at a well near Tinzaouaten, close to the Algerian border, on Sunday."),
    ev(BAT, "armed_clash", "2026-07-11", "day",
       note(loc("Anefis", "between Anefis and Kidal", "Kidal", "ML", 18.05, 0.60, "region"),
            "road between Anefis and Kidal; Anefis (approximate)"),
       "FLA: Azawad Liberation Front", "rebel_group", "Military Forces of Mali", "state_forces", 10,
       evidence="The FLA also said its fighters ambushed an army convoy escorted by Russian paramilitaries between Anefis and Kidal on Saturday, killing ten soldiers."),
    ev(BAT, "armed_clash", "2024-07-15", "month",
       note(loc("Tinzaouaten", "near Tinzaouaten", "Kidal", "ML", 19.96, 2.96, "region"),
            "Tinzaouaten (approximate; not in cities500)"),
       "Tuareg rebel groups (Mali)", "rebel_group", "Wagner Group", "external_other",
       evidence="In July 2024, Tuareg rebels and jihadists killed dozens of Wagner fighters and Malian soldiers in days of fighting near Tinzaouaten, one of the heaviest defeats for Russian forces in Africa.",
       bg=True),
]})

# 6 Colombia, Guaviare, Arauca and Norte de Santander: Reuters-style copy from Bogota
t6 = """Colombia army finds 11 bodies after clash between rival FARC dissident factions

BOGOTA, Aug 19 (Reuters) - Colombian troops found the bodies of 11 fighters after a clash between rival factions of FARC dissidents in the southern province of Guaviare, the army said on Tuesday, as violence by armed groups spreads ahead of next year's elections.

The fighting broke out on Saturday in a rural area of El Retorno municipality between the faction led by Nestor Gregorio Vera, known as Ivan Mordisco, and a splinter group commanded by Alexander Diaz, alias Calarca, the army's Seventh Division said. The two groups have fought for control of coca-growing land and smuggling routes since they split in 2024.

Local officials said dozens of families had fled to the town of El Retorno.

In the eastern province of Arauca, on the border with Venezuela, explosive-laden drones struck a police station in the town of Tame on Sunday night, wounding three officers, the national police said. Police blamed the National Liberation Army (ELN) guerrilla group, which did not claim responsibility.

The army also said ELN fighters had seized two soldiers who were on leave at an illegal roadblock near Saravena on Friday. The ELN has not commented on their whereabouts.

On Tuesday, police arrested a man they described as a senior ELN financial chief in the city of Cucuta, near the Venezuelan border, Defence Minister Pedro Sanchez said on social media.

President Gustavo Petro suspended peace talks with the ELN in January 2025, after fighting between the guerrillas and the 33rd Front of the FARC dissidents in the Catatumbo region that month killed more than 80 people and forced more than 50,000 to flee their homes.

Colombia's 2016 peace deal with the Revolutionary Armed Forces of Colombia (FARC) ended five decades of war, but dissidents who rejected it, the ELN and drug-trafficking gangs such as the Gulf Clan have since expanded their control of territory, according to the country's ombudsman."""
arts.append({"id": "probe-wires-6", "url": None,
             "title": "Colombia army finds 11 bodies after clash between rival FARC dissident factions",
             "published": "2026-08-19", "text": t6, "events": [
    ev(BAT, "armed_clash", "2026-08-15", "day",
       loc("El Retorno", "a rural area of El Retorno municipality", "Guaviare", "CO", 2.33, -72.63, "region"),
       "FARC dissidents: EMC (Ivan Mordisco)", "rebel_group", "FARC dissidents: EMBF (Calarca)", "rebel_group",
       11,
       evidence="The fighting broke out on Saturday in a rural area of El Retorno municipality between the faction led by Nestor Gregorio Vera, known as Ivan Mordisco, and a splinter group commanded by Alexander Diaz, alias Calarca, the army's Seventh Division said."),
    ev(ERV, "air_drone_strike", "2026-08-16", "day",
       loc("Tame", "a police station in the town of Tame", "Arauca", "CO", 6.46, -71.74),
       "ELN: National Liberation Army", "rebel_group", "Police Forces of Colombia", "state_forces", injured=3,
       evidence="In the eastern province of Arauca, on the border with Venezuela, explosive-laden drones struck a police station in the town of Tame on Sunday night, wounding three officers, the national police said."),
    ev(VAC, "abduction_forced_disappearance", "2026-08-14", "day",
       loc("Saravena", "an illegal roadblock near Saravena", "Arauca", "CO", 6.96, -71.88, "region"),
       "ELN: National Liberation Army", "rebel_group", "Military Forces of Colombia", "state_forces",
       evidence="The army also said ELN fighters had seized two soldiers who were on leave at an illegal roadblock near Saravena on Friday."),
    ev(SD, "arrests", "2026-08-18", "day",
       loc("Cúcuta", "the city of Cucuta", "Norte de Santander", "CO", 7.91, -72.50),
       "Police Forces of Colombia", "state_forces", "ELN: National Liberation Army", "rebel_group",
       evidence="On Tuesday, police arrested a man they described as a senior ELN financial chief in the city of Cucuta, near the Venezuelan border, Defence Minister Pedro Sanchez said on social media."),
    ev(BAT, "armed_clash", "2025-01-15", "month",
       note(loc("Tibú", "the Catatumbo region", "Norte de Santander", "CO", 8.64, -72.74, "region"),
            "the Catatumbo region; Tibu's coordinates"),
       "ELN: National Liberation Army", "rebel_group", "FARC dissidents: 33rd Front (EMC)", "rebel_group", 80, 80,
       evidence="President Gustavo Petro suspended peace talks with the ELN in January 2025, after fighting between the guerrillas and the 33rd Front of the FARC dissidents in the Catatumbo region that month killed more than 80 people and forced more than 50,000 to flee their homes.",
       bg=True),
]})

# 7 Mozambique, Nampula and Cabo Delgado: Reuters-style copy from Maputo
t7 = """Islamist insurgents kill four in Mozambique's Nampula province, police say

MAPUTO, Sept 24 (Reuters) - Islamist insurgents killed four people and burned a church and dozens of homes in an attack on villages in Erati district of Mozambique's Nampula province on Monday, police said on Wednesday, the latest sign of the insurgency spreading south from neighbouring Cabo Delgado.

Nampula provincial police spokesman Zacarias Nacute told reporters that the attackers, armed with machetes and firearms, came from across the Lurio river, which marks the border with Cabo Delgado. Two of the dead were beheaded, he said.

Islamic State, which calls its Mozambique branch a "province", claimed the attack in a statement on its Amaq news agency, saying its fighters had killed six "Christians". Reuters could not verify the claim.

Rwanda's army, which has deployed troops in Cabo Delgado since 2021 to help Mozambican forces fight the insurgents, said on Wednesday that its soldiers and Mozambican troops had killed nine insurgents in a clash near Mocimboa da Praia on Tuesday. One Rwandan soldier was wounded, spokesperson Brigadier General Ronald Rwivanga said.

Last week, insurgents ambushed a truck carrying maize on the road between Ancuabe and Montepuez, killing the driver and setting the vehicle on fire, according to Cabo Ligado, a conflict monitoring project.

Aid agencies say fresh attacks have forced more than 50,000 people to flee their homes in the past two months, many of them for the second or third time.

The insurgency, which began in Cabo Delgado in 2017, has killed more than 6,000 people, according to the Armed Conflict Location and Event Data project (ACLED), and stalled a $20 billion liquefied natural gas project led by France's TotalEnergies near Palma.

Insurgents overran Palma in March 2021, killing dozens of people, including foreign contractors, in an assault that led TotalEnergies to declare force majeure on the project. In April 2025, insurgents attacked a tourist camp in the Niassa Special Reserve, in neighbouring Niassa province, killing two rangers.

(Reporting by Reuters staff; Editing by ...)"""
arts.append({"id": "probe-wires-7", "url": None,
             "title": "Islamist insurgents kill four in Mozambique's Nampula province, police say",
             "published": "2026-09-24", "text": t7, "events": [
    ev(VAC, "attack", "2026-09-21", "day",
       note(loc("Namapa", "villages in Erati district of Mozambique's Nampula province", "Nampula", "MZ", -13.71,
                39.83, "region"), "Erati district; Namapa, the district seat"),
       "Islamic State (Mozambique)", "rebel_group", "Civilians (Mozambique)", "civilians", 4, 4, 6,
       evidence="Islamist insurgents killed four people and burned a church and dozens of homes in an attack on villages in Erati district of Mozambique's Nampula province on Monday, police said on Wednesday, the latest sign of the insurgency spreading south from neighbouring Cabo Delgado."),
    ev(BAT, "armed_clash", "2026-09-22", "day",
       loc("Mocímboa da Praia", "near Mocimboa da Praia", "Cabo Delgado", "MZ", -11.35, 40.35, "region"),
       "Military Forces of Rwanda", "state_forces", "Islamic State (Mozambique)", "rebel_group", 9, injured=1,
       evidence="Rwanda's army, which has deployed troops in Cabo Delgado since 2021 to help Mozambican forces fight the insurgents, said on Wednesday that its soldiers and Mozambican troops had killed nine insurgents in a clash near Mocimboa da Praia on Tuesday."),
    ev(VAC, "attack", "2026-09-17", "week",
       note(loc("Ancuabe", "the road between Ancuabe and Montepuez", "Cabo Delgado", "MZ", -12.97, 39.86,
                "region"), "road between Ancuabe and Montepuez; Ancuabe (approximate; not in cities500)"),
       "Islamic State (Mozambique)", "rebel_group", "Civilians (Mozambique)", "civilians", 1,
       evidence="Last week, insurgents ambushed a truck carrying maize on the road between Ancuabe and Montepuez, killing the driver and setting the vehicle on fire, according to Cabo Ligado, a conflict monitoring project."),
    ev(BAT, "non_state_actor_overtakes_territory", "2021-03-15", "month",
       loc("Palma", "Palma", "Cabo Delgado", "MZ", -10.78, 40.47),
       "Islamic State (Mozambique)", "rebel_group", "Military Forces of Mozambique", "state_forces",
       evidence="Insurgents overran Palma in March 2021, killing dozens of people, including foreign contractors, in an assault that led TotalEnergies to declare force majeure on the project.",
       bg=True),
    ev(VAC, "attack", "2025-04-15", "month",
       note(loc("Mecula", "a tourist camp in the Niassa Special Reserve, in neighbouring Niassa province", "Niassa",
                "MZ", -12.08, 37.65, "region"), "Niassa Special Reserve; Mecula (approximate)"),
       "Islamic State (Mozambique)", "rebel_group", "Civilians (Mozambique)", "civilians", 2,
       evidence="In April 2025, insurgents attacked a tourist camp in the Niassa Special Reserve, in neighbouring Niassa province, killing two rangers.",
       bg=True),
]})

for a in arts:
    for e in a["events"]:
        assert e["evidence"] in a["text"], (a["id"], e["evidence"])
out = Path(__file__).with_name("probe-wires.jsonl")
out.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in arts), encoding="utf-8")
print(out, len(arts), sum(len(a["events"]) for a in arts))
