"""Builds probe-lengths.jsonl: own-written articles at the two ends of the length range (not dev text):
three very short items (a one-paragraph wire brief, a two-line police item, a headline plus one sentence)
and four long pieces (a day-by-day feature on one week of fighting, a ceasefire-breakdown explainer full
of recalled incidents, an investigation of a massacre with testimonies, a weekly regional round-up)."""
import json
from pathlib import Path


from probe_gold import ev, loc  # noqa: E402


arts = []
BAT, ERV, VAC, PRO, RIO, SD = ("battles", "explosions_remote_violence", "violence_against_civilians", "protests",
                               "riots", "strategic_developments")


def approx(location, note):
    """A gold location whose coordinates are not those of the named place itself (NOTES: coords_note)."""
    location["coords_note"] = note
    return location


t1 = '''MOGADISHU, March 10 (Reuters) - Al Shabaab fighters attacked a Somali army base outside Buulobarde in the central Hiiraan region before dawn on Monday, and fought government troops and allied clan militiamen for about three hours before withdrawing, an army officer and residents said. At least nine soldiers were killed, Captain Abdullahi Nur told Reuters by telephone from Beledweyne, adding that the militants also suffered losses. Al Shabaab said on its Andalus radio station that it had killed 20 soldiers.
In a separate incident, a roadside bomb struck a minibus on the road between Afgooye and Mogadishu on Sunday evening, wounding four passengers, police said.'''

t2 = '''Two state police officers killed in ambush near Navolato

CULIACAN, Sin. (June 16) - Gunmen opened fire on a Sinaloa state police patrol on the Culiacan-Navolato highway late on Saturday, killing two officers and wounding a third, who was taken to a hospital in Culiacan in serious condition, the state Public Security Secretariat said on Sunday.
No arrests had been made by Monday; the killings bring to 41 the number of police officers slain in Sinaloa since a war between rival factions of the Sinaloa Cartel broke out in September.'''

t3 = '''Russian guided bombs kill three in village near Kharkiv border

KYIV, July 1 (AP) - Russian warplanes dropped two guided aerial bombs on the centre of Velykyi Burluk, a village in Ukraine's northeastern Kharkiv region close to the Russian border, on Tuesday morning, killing three civilians, including a 12-year-old girl, and wounding nine others, regional governor Oleh Syniehubov said on Telegram, adding that the blasts destroyed a school building, a grocery shop and at least six houses.'''

t4 = '''Seven days on the Kordofan front: one week of war around El Obeid

By Amira Hassan | The Continental Review | August 4, 2025

EL OBEID, Sudan - The first drone came a little after eight in the morning, when the stalls of the Sheikan market were filling with sacks of sorghum and crates of tomatoes trucked in from the villages. Hawa Ibrahim, who sells tea under a tarpaulin near the main gate, heard it before she saw it. "A buzzing like a wasp, then the sky cracked open," she said.

That strike, on Monday, July 28, opened a week that residents of North Kordofan's capital describe as the worst since the army pushed the front away from the city earlier this year. Over seven days, the line between the Sudanese Armed Forces and the paramilitary Rapid Support Forces (RSF) lurched back and forth across the savannah west and north of El Obeid, and civilians paid most of the price. This account is based on interviews with 31 residents, aid workers, doctors and fighters on both sides, and on statements issued by both forces.

Monday

The RSF drones that hit the market killed four civilians and wounded 17, according to the El Obeid Teaching Hospital, where surgeons worked through the afternoon on generator power. Two more drones approaching the city's airport were shot down by the army's air defences about an hour later, an army spokesman said. The RSF, which did not comment on the market strike, has previously said it targets only military sites.

"We collected pieces of people from between the onion sacks," said a volunteer with the local emergency response room, who asked not to be named for fear of reprisals.

Tuesday

At dawn on Tuesday, army units and fighters of the allied Joint Forces moved south against RSF positions around Kazgil, a market village some 40 kilometres south of El Obeid on the road to Dilling. The fighting lasted until nightfall. The army said it had killed 40 RSF fighters and destroyed 12 combat vehicles; an RSF field commander reached by phone said his men had "taught the army a lesson" and held their ground. Neither claim could be verified. A nurse at the Kazgil health centre said she had treated nine villagers wounded in the crossfire.

Wednesday

On Wednesday it was the army's turn to strike from the air. A Sudanese Air Force jet bombed the livestock market in Al-Nuhud, the main RSF-held town in West Kordofan, killing 11 civilians, according to Emergency Lawyers, a rights group that documents abuses by both sides. "They were herders and traders, nothing else," said Adam Yagoub, whose cousin was among the dead. The army said it had hit an RSF weapons store.

RSF fighters seized Al-Nuhud in May after a two-day assault, and the town has since become a staging point for the group's push eastward.

Thursday

The heaviest toll of the week came on Thursday, when RSF fighters on motorbikes and pickup trucks raided several villages north of Bara, a town 60 kilometres north of El Obeid. Survivors said the attackers went from hut to hut, shot men who tried to run and drove away with camels and goats. The Sudan Doctors Network said 27 people were killed. By evening, hundreds of families had reached Bara on foot, aid workers said.

For many in the area, the raid was a second catastrophe within a month. On July 13, RSF fighters stormed the village of Shag Alnom, north of Bara, and killed more than 200 people, many of them burned inside their homes, according to local activists. The RSF denied involvement.

"My brother survived the first attack and died in this one," said Fatima Abakar, 38, sitting on a mat in a Bara schoolyard with her four children. "There is nowhere left to run to."

Friday

Before dawn on Friday, the RSF hit back at the army's western flank. Its fighters overran the army garrison in Al-Khuwei, a town on the highway linking El Obeid to Al-Nuhud, after a battle that lasted several hours. An RSF video posted on social media showed fighters waving rifles in front of a burnt-out police station. Army officers acknowledged the withdrawal but called it "tactical".

Saturday

The army did not wait long. On Saturday afternoon, troops backed by drones retook Al-Khuwei, military spokesman Brigadier Nabil Abdallah said in a televised statement, adding that dozens of RSF fighters had been killed. Residents who went back the next day found the town largely deserted and its market stripped bare.

Sunday

Sunday was quieter, but not silent. In the afternoon, a drone struck a truck carrying displaced families on the road from Bara to El Obeid, killing seven people, among them three children, the local emergency response room said. It blamed the RSF.

Also on Sunday, military intelligence officers in El Obeid arrested 14 men accused of passing the coordinates of army positions to the RSF, a security official said. Relatives of two of the men said they were tea sellers with no links to either side.

What the week tells us

Analysts say the back-and-forth around El Obeid reflects a wider stalemate. Since the army retook Khartoum in the spring, both sides have turned to Kordofan, whose roads link the capital to Darfur, where the RSF holds four of the five state capitals and has besieged El Fasher for more than a year.

"Whoever controls the El Obeid-Al-Nuhud road controls the gateway to Darfur," said Kholood Khair, a Sudanese analyst. "Neither side can afford to lose it, and neither is strong enough to hold it."

The war, which began in April 2023 as a power struggle between army chief Abdel Fattah al-Burhan and RSF commander Mohamed Hamdan Dagalo, has killed tens of thousands of people and forced more than 12 million from their homes, according to the United Nations.

Aid agencies say the fighting has cut El Obeid off from much of its hinterland. The World Food Programme said last week that it had been unable to reach 80,000 people in Bara locality since June.

At the Sheikan market, the stalls reopened two days after the strike. Hawa Ibrahim was back behind her kettles. "If I stay at home, my children don't eat," she said. "The drones can find me anywhere."'''

t5 = '''Explainer: How the Kunming ceasefire in northern Shan State fell apart

Frontier Asia Weekly | August 9, 2024

YANGON - When Myanmar's military and three allied ethnic armies agreed to stop fighting in the Chinese city of Kunming in January, Beijing presented the deal as proof that it could bring calm to its troubled border. Seven months later, the truce lies in ruins.

On Saturday, the Myanmar National Democratic Alliance Army (MNDAA) said its fighters had taken full control of the military's Northeastern Command headquarters in Lashio, the largest town in northern Shan State, after a month of street fighting. It was the first time in the country's history that a regional command had fallen to an armed group.

How did it come to this? Here is what the ceasefire said, and the incidents that broke it.

What did the deal say?

The agreement, reached in Kunming on January 11 after two days of talks mediated by Chinese officials, committed the military and the Three Brotherhood Alliance - the MNDAA, the Ta'ang National Liberation Army (TNLA) and the Arakan Army - to halt hostilities in northern Shan State, to separate their troops and to keep fighting away from the Chinese frontier. Beijing promised to monitor compliance.

The alliance came to the table in a position of strength. Its Operation 1027, launched in late October, had overrun hundreds of military posts and more than a dozen towns. On January 5, less than a week before the talks, MNDAA fighters captured Laukkai, the capital of the Kokang region on the Chinese border, after some 2,400 soldiers and their families surrendered. Six brigadier generals were later sentenced to death by a military tribunal for giving up the town.

Was it ever respected?

Only in part. The Arakan Army, whose campaign in Rakhine State was never covered by the truce, kept fighting in the west. In Shan State, both sides accused each other of violations within weeks.

On March 3, military jets bombed a village outside Namhkam, near the Chinese border, killing three civilians and destroying a monastery, the TNLA said. The military said it had targeted a TNLA training camp.

In April, TNLA troops and soldiers clashed for two days in hills near Kyaukme after a military column tried to reinforce an outpost, local residents said. Each side blamed the other for firing first. A second round of talks hosted by China in late May ended without agreement.

What broke it?

The truce collapsed on June 25. That morning, TNLA fighters attacked a military camp on the edge of Nawnghkio, a town on the main road between Mandalay and Lashio, setting off two days of fighting in which at least 15 soldiers were killed, the group said. The TNLA accused the military of massing troops and of air strikes on its territory; the military accused the TNLA of using the lull to rearm.

The MNDAA, which had signed a separate understanding with the military in Kunming, joined the fighting in early July. On July 10, the TNLA announced it had captured Nawnghkio. Two weeks later, on July 24, TNLA fighters and allied People's Defence Force units seized Mogok, the ruby-mining town in Mandalay Region, after the last soldiers there fled across the hills.

What happened this week?

The fall of Lashio's command headquarters on Saturday left the military with no major base between the Chinese border and Pyin Oo Lwin. The junta did not confirm the loss, but state media on Sunday described "terrorist attacks" on the town.

The military answered from the air. On Tuesday, its aircraft bombed a residential ward of Lashio, killing nine civilians and wounding about 20, according to residents and a local rescue team. "There were no soldiers left in our quarter. Only people who could not afford to leave," said a retired teacher whose neighbours were among the dead.

On Wednesday, a jet struck the district hospital in Kyaukme, which the TNLA has controlled since early August, killing two patients, the group said.

What does China want?

China has the most to lose. It has billions of dollars invested in northern Shan State, including pipelines that carry oil and gas from the Bay of Bengal to Yunnan, and trade through the border crossings at Muse and Chinshwehaw has collapsed. Chinese officials have urged all sides to "exercise restraint" and to return to talks, and analysts say Beijing has pressed the MNDAA in particular to stop short of Mandalay.

"The Chinese thought they had bought a pause that suited everyone," said a Yangon-based analyst who asked not to be named. "Instead they bought time for both sides to prepare for a bigger war."

What comes next?

Junta chief Min Aung Hlaing said in a televised speech that the army would retake lost towns "one by one", but the military, which has struggled to recruit since it introduced conscription in February, appears stretched thin. Resistance forces now hold positions within 30 kilometres of Pyin Oo Lwin, home to the military's elite Defence Services Academy.

For the people of northern Shan State, the collapse has meant a new wave of displacement. The United Nations says more than 100,000 people have fled their homes in the region since late June, many of them for the second or third time since October.

"Every time they sign something, we go home," said a woman from Nawnghkio sheltering in a monastery in Mandalay. "Every time, we have to run again."'''

t6 = '''"They called out our names": how a gang massacred a town on the Artibonite river

An investigation by Le Veilleur | Port-au-Prince | May 14, 2025

Marie-Carmelle Joseph was asleep beside her two grandsons when the first shots echoed off the tin roofs of Verrettes. It was a little after 3 a.m. on Sunday, April 13. Within an hour, she said, men with rifles and machetes were walking down her street, reading names from a sheet of paper.

"They called out our names, one house after another," the 61-year-old said, sitting in a church hall in Saint-Marc where she has lived since that night. "If you answered, they shot you. If you did not answer, they burned the house with you inside."

Over the following four hours, gunmen of the Gran Grif gang killed at least 34 people in the lower town of Verrettes, a farming centre on the banks of the Artibonite river, according to a list of victims compiled by Le Veilleur from interviews with 26 survivors, relatives, health workers and local officials. The National Human Rights Defense Network (RNDDH), a Haitian rights group, counted 41 dead in its own report. The government has not published a toll.

Our reporters visited Verrettes twice in the weeks after the attack, walked the streets where the killings took place and reviewed photographs and videos filmed by residents. We also obtained a handwritten list, recovered by a survivor, that appears to contain the names of 19 people the attackers were seeking. Eleven of them are dead.

The night of April 13

Survivors described a coordinated operation. Several dozen gang members arrived on foot from the rice fields west of town, some wearing police uniforms, witnesses said. A group went straight to the house of a local councillor who had organised a neighbourhood patrol. He was shot dead in his doorway along with his wife and adult son.

Jean-Robert Pierre, a motorcycle-taxi driver, hid in a drainage canal behind his house. "I heard my neighbour begging," he said. "They told him, 'You gave our names to the police.' Then there was a single shot." When he came out at dawn, more than a dozen houses on his street were on fire.

Health workers at the town's only clinic said they treated 18 people with gunshot and machete wounds that morning before the staff themselves fled.

The attackers also took hostages. Residents said gang members forced at least nine women and girls onto motorcycles and drove them towards the gang's strongholds near Savien. Six were released in late April after their families paid ransoms, relatives said; the fate of the other three is unknown.

A warning ignored

The massacre did not come without warning. Local officials said they had told the police for weeks that Gran Grif fighters were gathering in the hamlets around Verrettes. In a letter dated March 28 and seen by Le Veilleur, the town's mayor asked the national police for reinforcements, writing that an attack was "a matter of days".

The gang, led by Luckson Elan, has terrorised the lower Artibonite valley for years. On October 3 last year, its fighters killed at least 115 people in Pont-Sonde, a market town a few kilometres down the river, in one of the deadliest massacres in Haiti's recent history. Survivors of that attack told us they recognised some of the same men.

In March, Gran Grif gunmen attacked the police station in Petite-Riviere-de-l'Artibonite and fought officers for several hours before being driven back, police said at the time.

Police arrive a day late

The police did arrive, but only the following afternoon. On April 14, officers of the national police and soldiers of the Haitian armed forces, supported by armoured vehicles of the Kenyan-led Multinational Security Support mission, fought gang members at the entrance to Verrettes, killing six of them, according to a police statement. No officers were hurt.

By then most of the attackers had gone. "They had all night and all morning," said a police inspector in Saint-Marc who spoke on condition of anonymity because he was not authorised to speak to the press. "We have 40 officers for the whole area and two working vehicles."

Two days after the massacre, on April 15, a crowd in Saint-Marc beat and burned to death a young man they accused of scouting targets for the gang, witnesses said. Police did not intervene. The man's family told us he was a street vendor from Verrettes who had fled with the others.

A town emptied

Today, much of the lower town is deserted. Goats wander through roofless houses; the market has not reopened. The International Organization for Migration says more than 6,000 people fled Verrettes in the days after the attack, most of them to Saint-Marc and to the Central Plateau.

Armed groups have killed more than 1,600 people in Haiti between January and March this year, according to the United Nations, and the violence has spread from the capital into the Artibonite and Centre departments, the country's breadbasket.

The government's response has been largely rhetorical. Prime Minister Alix Didier Fils-Aime visited Saint-Marc on April 20, promised "justice for every victim" and announced a special investigation unit. No member of Gran Grif has been arrested in connection with the massacre, the justice ministry confirmed to us this week.

Human rights groups say impunity has fed the killing. "Pont-Sonde was a warning. Verrettes is the proof that nobody listened," said Pierre Esperance, the executive director of RNDDH.

For Marie-Carmelle Joseph, the question is simpler. Her son, a rice farmer, was one of the names on the list. "I want to bury him," she said. "They will not even let us go back for the bodies."

Gran Grif did not respond to questions sent through an intermediary. In a video posted on social media a week after the attack, a man who identified himself as a gang commander said the dead were "police informers".'''

t7 = '''Levant Security Week: Israeli strike south of Damascus, deadly clashes in Sahnaya, IS ambush north of Baghdad

Levant Monitor weekly round-up | Friday, May 9, 2025

Our weekly summary of security incidents in Syria, Lebanon, Iraq and Jordan for the seven days to Friday morning. Tolls are those given by officials or monitors and could not always be verified independently.

SYRIA

Tensions between the new authorities in Damascus and armed members of the Druze community flared again this week, and Israel, which says it will protect the Druze, struck south of the capital for the second time in a week.

- Israeli jets struck a military site near Al-Kiswah, south of Damascus, on Monday night, killing two soldiers of the new Syrian army, the defence ministry in Damascus said. Israel's military said it had hit "weapons that threatened Israeli citizens". The raid came a week after Israel bombed an area next to the presidential palace in Damascus on May 2, a strike it described as a message to the government not to deploy troops south of the capital.

- In Sahnaya, on the southern edge of Damascus, government General Security forces and local Druze gunmen fought for several hours on Tuesday, leaving six people dead, among them two members of the security forces, according to the Syrian Observatory for Human Rights. Shops in the town reopened on Wednesday.

- The Sahnaya fighting revived memories of last week's violence in the same area. On April 29, security forces and Druze fighters clashed in Jaramana, a mostly Druze suburb east of the capital, killing at least 13 people, after an audio recording insulting the Prophet Mohammed circulated on social media.

- A car bomb exploded near a vegetable market in Manbij on Thursday, killing four civilians and wounding 11, civil defence workers said. No group claimed responsibility. The authorities have blamed earlier bombings in the town on the Kurdish-led Syrian Democratic Forces (SDF), which denies any involvement. In February, a car bomb on the outskirts of Manbij killed 20 people, most of them women farm workers, in the deadliest such attack since the fall of Bashar al-Assad.

- In Latakia province, government forces continued what they called security sweeps in villages of the Alawite coast. No clashes were reported.

LEBANON

Israel kept up its near-daily strikes in south Lebanon despite the ceasefire that ended last year's war with Hezbollah.

- An Israeli drone struck a car on the road between Nabatieh and Kfar Roummane on Tuesday, killing a man the Israeli military described as a commander of Hezbollah's Radwan force. Hezbollah mourned him as a "martyr" but did not give his rank.

- On Thursday, Israeli warplanes carried out strikes on open ground on the outskirts of Tyre, wounding three civilians who were working in a nearby orchard, the health ministry said. Israel said it had targeted rocket launchers.

- Lebanon's parliament speaker, Nabih Berri, said the state alone would decide the future of Hezbollah's weapons, after US envoys pressed Beirut to set a timetable for disarming the group.

IRAQ

Islamic State remnants showed once again that they can still strike close to the capital.

- Islamic State fighters ambushed an army patrol in the Tarmiyah district north of Baghdad late on Wednesday, killing two soldiers, including a lieutenant, and wounding three, the Security Media Cell said. Troops returned fire and killed one of the attackers, it said. Army reinforcements combed the palm groves along the Tigris the next day without further contact.

- In Kirkuk province, a roadside bomb hit a Federal Police vehicle near Daquq on Saturday, wounding two policemen, a police source said.

- Turkish drones struck a vehicle near Sidakan in the north of Erbil province on Sunday, killing two fighters of the Kurdistan Workers' Party (PKK), Kurdish security officials said. Turkey rarely comments on individual strikes. The PKK, which announced in March that it would consider laying down its arms, said the strike showed that Ankara was not serious about peace.

- The Iraqi parliament again postponed a vote on a law regulating the Popular Mobilisation Forces, the state-sanctioned umbrella of mostly Shia armed groups. Washington has urged Baghdad to rein in the groups.

JORDAN

- Jordanian border guards clashed with a group of armed smugglers trying to cross from Syria on the north-eastern border on Sunday, killing three of them and seizing large quantities of Captagon pills, the army said. Jordan says drug and weapons smuggling from Syria has continued since the change of government in Damascus, though at a lower rate.

ANALYSIS

The week's incidents in Syria underline how far the new government is from establishing a monopoly of force. In the south, armed Druze factions refuse to hand over heavy weapons; in the north-east, talks on integrating the SDF into the army have stalled; and in the north-west, the Alawite coast remains tense two months after the March massacres, in which hundreds of civilians were killed.

In Lebanon, the pattern of Israeli strikes has changed little since January: targeted killings of Hezbollah members on the roads of the south, and periodic raids on what Israel says are weapons depots. Hezbollah has not fired back since the ceasefire took effect, and its leaders say the state must now answer Israel's violations.

In Iraq, Islamic State attacks remain far below their level of a decade ago, but the Tarmiyah ambush was the third deadly attack on the security forces in the Baghdad belt since the start of the year.

NEXT WEEK

Syria's foreign minister is due in Amman for talks on border security. In Lebanon, municipal elections begin on Sunday in Mount Lebanon, with voting in the south scheduled for later in the month.'''

# 1 Somalia: one-paragraph wire brief (two events)
arts.append({"id": "probe-lengths-1", "url": None, "title": None, "published": "2025-03-10", "text": t1, "events": [
    ev(BAT, "armed_clash", "2025-03-10", "day",
       loc("Buulobarde", "a Somali army base outside Buulobarde in the central Hiiraan region", "Hiiraan", "SO",
           3.85, 45.57),
       "Al Shabaab", "rebel_group", "Military Forces of Somalia", "state_forces", 9, 9, 20,
       evidence="MOGADISHU, March 10 (Reuters) - Al Shabaab fighters attacked a Somali army base outside Buulobarde in the central Hiiraan region before dawn on Monday, and fought government troops and allied clan militiamen for about three hours before withdrawing, an army officer and residents said."),
    ev(ERV, "remote_explosive_landmine_ied", "2025-03-09", "day",
       loc("Afgooye", "the road between Afgooye and Mogadishu", "Lower Shabelle", "SO", 2.14, 45.12, "region"),
       "Unidentified Armed Group (Somalia)", "unknown", "Civilians (Somalia)", "civilians", injured=4,
       evidence="In a separate incident, a roadside bomb struck a minibus on the road between Afgooye and Mogadishu on Sunday evening, wounding four passengers, police said."),
]})

# 2 Mexico: two-line police item (one event)
arts.append({"id": "probe-lengths-2", "url": None, "title": "Two state police officers killed in ambush near Navolato",
             "published": "2025-06-16", "text": t2, "events": [
    ev(BAT, "armed_clash", "2025-06-14", "day",
       loc("Navolato", "the Culiacan-Navolato highway", "Sinaloa", "MX", 24.77, -107.70, "region"),
       "Unidentified Armed Group (Mexico)", "unknown", "Police Forces of Mexico (Sinaloa State Police)",
       "state_forces", 2, injured=1,
       evidence="CULIACAN, Sin. (June 16) - Gunmen opened fire on a Sinaloa state police patrol on the Culiacan-Navolato highway late on Saturday, killing two officers and wounding a third, who was taken to a hospital in Culiacan in serious condition, the state Public Security Secretariat said on Sunday."),
]})

# 3 Ukraine: headline plus one sentence (one event)
arts.append({"id": "probe-lengths-3", "url": None, "title": "Russian guided bombs kill three in village near Kharkiv border",
             "published": "2025-07-01", "text": t3, "events": [
    ev(ERV, "air_drone_strike", "2025-07-01", "day",
       loc("Velykyi Burluk", "the centre of Velykyi Burluk", "Kharkiv Oblast", "UA", 50.06, 37.38),
       "Military Forces of Russia", "state_forces", "Civilians (Ukraine)", "civilians", 3, injured=9,
       evidence="KYIV, July 1 (AP) - Russian warplanes dropped two guided aerial bombs on the centre of Velykyi Burluk, a village in Ukraine's northeastern Kharkiv region close to the Russian border, on Tuesday morning, killing three civilians, including a 12-year-old girl, and wounding nine others, regional governor Oleh Syniehubov said on Telegram, adding that the blasts destroyed a school building, a grocery shop and at least six houses."),
]})

# 4 Sudan: magazine feature, one week of fighting day by day (11 events, 2 background)
EL_OBEID = loc("El Obeid", "El Obeid", "North Kordofan State", "SD", 13.18, 30.22)
arts.append({"id": "probe-lengths-4", "url": None,
             "title": "Seven days on the Kordofan front: one week of war around El Obeid",
             "published": "2025-08-04", "text": t4, "events": [
    ev(ERV, "air_drone_strike", "2025-07-28", "day",
       loc("El Obeid", "the Sheikan market", "North Kordofan State", "SD", 13.18, 30.22),
       "RSF: Rapid Support Forces", "rebel_group", "Civilians (Sudan)", "civilians", 4, injured=17,
       evidence="The RSF drones that hit the market killed four civilians and wounded 17, according to the El Obeid Teaching Hospital, where surgeons worked through the afternoon on generator power."),
    ev(SD, "disrupted_weapons_use", "2025-07-28", "day", dict(EL_OBEID, mention="the city's airport"),
       "Military Forces of Sudan", "state_forces", "RSF: Rapid Support Forces", "rebel_group",
       evidence="Two more drones approaching the city's airport were shot down by the army's air defences about an hour later, an army spokesman said."),
    ev(BAT, "armed_clash", "2025-07-29", "day",
       approx(loc("Kazgil", "Kazgil, a market village some 40 kilometres south of El Obeid", "North Kordofan State",
                  "SD", 13.18, 30.22, "region"), "village about 40 km south of El Obeid; El Obeid's coordinates"),
       "Military Forces of Sudan", "state_forces", "RSF: Rapid Support Forces", "rebel_group", 40, injured=9,
       evidence="At dawn on Tuesday, army units and fighters of the allied Joint Forces moved south against RSF positions around Kazgil, a market village some 40 kilometres south of El Obeid on the road to Dilling."),
    ev(ERV, "air_drone_strike", "2025-07-30", "day",
       loc("An Nuhud", "the livestock market in Al-Nuhud", "West Kordofan State", "SD", 12.70, 28.43),
       "Military Forces of Sudan", "state_forces", "Civilians (Sudan)", "civilians", 11,
       evidence="A Sudanese Air Force jet bombed the livestock market in Al-Nuhud, the main RSF-held town in West Kordofan, killing 11 civilians, according to Emergency Lawyers, a rights group that documents abuses by both sides."),
    ev(BAT, "non_state_actor_overtakes_territory", "2025-05-15", "month",
       loc("An Nuhud", "Al-Nuhud", "West Kordofan State", "SD", 12.70, 28.43),
       "RSF: Rapid Support Forces", "rebel_group", "Military Forces of Sudan", "state_forces",
       evidence="RSF fighters seized Al-Nuhud in May after a two-day assault, and the town has since become a staging point for the group's push eastward.",
       bg=True),
    ev(VAC, "attack", "2025-07-31", "day",
       approx(loc("Bara", "several villages north of Bara", "North Kordofan State", "SD", 13.70, 30.37, "region"),
              "villages north of Bara; Bara's coordinates"),
       "RSF: Rapid Support Forces", "rebel_group", "Civilians (Sudan)", "civilians", 27,
       evidence="The heaviest toll of the week came on Thursday, when RSF fighters on motorbikes and pickup trucks raided several villages north of Bara, a town 60 kilometres north of El Obeid."),
    ev(VAC, "attack", "2025-07-13", "day",
       approx(loc("Shag Alnom", "the village of Shag Alnom, north of Bara", "North Kordofan State", "SD", 13.70, 30.37,
                  "region"), "village north of Bara; Bara's coordinates"),
       "RSF: Rapid Support Forces", "rebel_group", "Civilians (Sudan)", "civilians", 200, 200,
       evidence="On July 13, RSF fighters stormed the village of Shag Alnom, north of Bara, and killed more than 200 people, many of them burned inside their homes, according to local activists.",
       bg=True),
    ev(BAT, "non_state_actor_overtakes_territory", "2025-08-01", "day",
       approx(loc("Al Khuwei", "the army garrison in Al-Khuwei", "West Kordofan State", "SD", 13.08, 29.23),
              "approximate"),
       "RSF: Rapid Support Forces", "rebel_group", "Military Forces of Sudan", "state_forces",
       evidence="Its fighters overran the army garrison in Al-Khuwei, a town on the highway linking El Obeid to Al-Nuhud, after a battle that lasted several hours."),
    ev(BAT, "government_regains_territory", "2025-08-02", "day",
       approx(loc("Al Khuwei", "Al-Khuwei", "West Kordofan State", "SD", 13.08, 29.23), "approximate"),
       "Military Forces of Sudan", "state_forces", "RSF: Rapid Support Forces", "rebel_group",
       evidence="On Saturday afternoon, troops backed by drones retook Al-Khuwei, military spokesman Brigadier Nabil Abdallah said in a televised statement, adding that dozens of RSF fighters had been killed."),
    ev(ERV, "air_drone_strike", "2025-08-03", "day",
       approx(loc("Bara", "the road from Bara to El Obeid", "North Kordofan State", "SD", 13.70, 30.37, "region"),
              "on the road between Bara and El Obeid; Bara's coordinates"),
       "RSF: Rapid Support Forces", "rebel_group", "Civilians (Sudan)", "civilians", 7,
       evidence="In the afternoon, a drone struck a truck carrying displaced families on the road from Bara to El Obeid, killing seven people, among them three children, the local emergency response room said."),
    ev(SD, "arrests", "2025-08-03", "day", dict(EL_OBEID),
       "Military Forces of Sudan", "state_forces", "Civilians (Sudan)", "civilians",
       evidence="Also on Sunday, military intelligence officers in El Obeid arrested 14 men accused of passing the coordinates of army positions to the RSF, a security official said."),
]})

# 5 Myanmar: explainer on the breakdown of a ceasefire (10 events, 7 background)
MM_ARMY = "Military Forces of Myanmar"
TNLA = "TNLA: Ta'ang National Liberation Army"
MNDAA = "MNDAA: Myanmar National Democratic Alliance Army"
LASHIO = loc("Lashio", "Lashio", "Shan State", "MM", 22.94, 97.75)
arts.append({"id": "probe-lengths-5", "url": None,
             "title": "Explainer: How the Kunming ceasefire in northern Shan State fell apart",
             "published": "2024-08-09", "text": t5, "events": [
    ev(BAT, "non_state_actor_overtakes_territory", "2024-08-03", "week",
       dict(LASHIO, mention="the military's Northeastern Command headquarters in Lashio"),
       MNDAA, "rebel_group", MM_ARMY, "state_forces",
       evidence="On Saturday, the Myanmar National Democratic Alliance Army (MNDAA) said its fighters had taken full control of the military's Northeastern Command headquarters in Lashio, the largest town in northern Shan State, after a month of street fighting."),
    ev(SD, "agreement", "2024-01-11", "day",
       loc("Kunming", "Kunming", "Yunnan Province", "CN", 25.04, 102.72),
       MM_ARMY, "state_forces", "Three Brotherhood Alliance", "rebel_group",
       evidence="The agreement, reached in Kunming on January 11 after two days of talks mediated by Chinese officials, committed the military and the Three Brotherhood Alliance - the MNDAA, the Ta'ang National Liberation Army (TNLA) and the Arakan Army - to halt hostilities in northern Shan State, to separate their troops and to keep fighting away from the Chinese frontier.",
       bg=True),
    ev(BAT, "non_state_actor_overtakes_territory", "2024-01-05", "day",
       loc("Laukkai", "Laukkai, the capital of the Kokang region", "Shan State", "MM", 23.70, 98.76),
       MNDAA, "rebel_group", MM_ARMY, "state_forces",
       evidence="On January 5, less than a week before the talks, MNDAA fighters captured Laukkai, the capital of the Kokang region on the Chinese border, after some 2,400 soldiers and their families surrendered.",
       bg=True),
    ev(ERV, "air_drone_strike", "2024-03-03", "day",
       loc("Namhkam", "a village outside Namhkam", "Shan State", "MM", 23.83, 97.68, "region"),
       MM_ARMY, "state_forces", "Civilians (Myanmar)", "civilians", 3,
       evidence="On March 3, military jets bombed a village outside Namhkam, near the Chinese border, killing three civilians and destroying a monastery, the TNLA said.",
       bg=True),
    ev(BAT, "armed_clash", "2024-04-15", "month",
       loc("Kyaukme", "hills near Kyaukme", "Shan State", "MM", 22.54, 97.03, "region"),
       TNLA, "rebel_group", MM_ARMY, "state_forces",
       evidence="In April, TNLA troops and soldiers clashed for two days in hills near Kyaukme after a military column tried to reinforce an outpost, local residents said.",
       bg=True),
    ev(BAT, "armed_clash", "2024-06-25", "day",
       loc("Nawnghkio", "a military camp on the edge of Nawnghkio", "Shan State", "MM", 22.32, 96.80),
       TNLA, "rebel_group", MM_ARMY, "state_forces", 15, 15,
       evidence="That morning, TNLA fighters attacked a military camp on the edge of Nawnghkio, a town on the main road between Mandalay and Lashio, setting off two days of fighting in which at least 15 soldiers were killed, the group said.",
       bg=True),
    ev(BAT, "non_state_actor_overtakes_territory", "2024-07-10", "week",
       loc("Nawnghkio", "Nawnghkio", "Shan State", "MM", 22.32, 96.80),
       TNLA, "rebel_group", MM_ARMY, "state_forces",
       evidence="On July 10, the TNLA announced it had captured Nawnghkio.",
       bg=True),
    ev(BAT, "non_state_actor_overtakes_territory", "2024-07-24", "day",
       loc("Mogok", "Mogok, the ruby-mining town in Mandalay Region", "Mandalay Region", "MM", 22.92, 96.51),
       TNLA, "rebel_group", MM_ARMY, "state_forces",
       evidence="Two weeks later, on July 24, TNLA fighters and allied People's Defence Force units seized Mogok, the ruby-mining town in Mandalay Region, after the last soldiers there fled across the hills.",
       bg=True),
    ev(ERV, "air_drone_strike", "2024-08-06", "day",
       dict(LASHIO, mention="a residential ward of Lashio"),
       MM_ARMY, "state_forces", "Civilians (Myanmar)", "civilians", 9, injured=20,
       evidence="On Tuesday, its aircraft bombed a residential ward of Lashio, killing nine civilians and wounding about 20, according to residents and a local rescue team."),
    ev(ERV, "air_drone_strike", "2024-08-07", "day",
       loc("Kyaukme", "the district hospital in Kyaukme", "Shan State", "MM", 22.54, 97.03),
       MM_ARMY, "state_forces", "Civilians (Myanmar)", "civilians", 2,
       evidence="On Wednesday, a jet struck the district hospital in Kyaukme, which the TNLA has controlled since early August, killing two patients, the group said."),
]})

# 6 Haiti: investigation of a massacre with testimonies (6 events, 2 background)
VERRETTES = loc("Verrettes", "the lower town of Verrettes", "Artibonite", "HT", 19.05, -72.47)
GRIF = "Gran Grif"
arts.append({"id": "probe-lengths-6", "url": None,
             "title": "\"They called out our names\": how a gang massacred a town on the Artibonite river",
             "published": "2025-05-14", "text": t6, "events": [
    ev(VAC, "attack", "2025-04-13", "day", VERRETTES,
       GRIF, "political_militia", "Civilians (Haiti)", "civilians", 34, 34, 41, injured=18,
       evidence="Over the following four hours, gunmen of the Gran Grif gang killed at least 34 people in the lower town of Verrettes, a farming centre on the banks of the Artibonite river, according to a list of victims compiled by Le Veilleur from interviews with 26 survivors, relatives, health workers and local officials."),
    ev(VAC, "abduction_forced_disappearance", "2025-04-13", "day", dict(VERRETTES, mention="Verrettes"),
       GRIF, "political_militia", "Civilians (Haiti)", "civilians",
       evidence="Residents said gang members forced at least nine women and girls onto motorcycles and drove them towards the gang's strongholds near Savien."),
    ev(VAC, "attack", "2024-10-03", "day",
       approx(loc("Pont-Sonde", "Pont-Sonde, a market town a few kilometres down the river", "Artibonite", "HT",
                  19.15, -72.61), "approximate"),
       GRIF, "political_militia", "Civilians (Haiti)", "civilians", 115, 115,
       evidence="On October 3 last year, its fighters killed at least 115 people in Pont-Sonde, a market town a few kilometres down the river, in one of the deadliest massacres in Haiti's recent history.",
       bg=True),
    ev(BAT, "armed_clash", "2025-03-15", "month",
       approx(loc("Petite Riviere de l'Artibonite", "the police station in Petite-Riviere-de-l'Artibonite", "Artibonite",
                  "HT", 19.13, -72.48), "approximate"),
       GRIF, "political_militia", "Police Forces of Haiti", "state_forces",
       evidence="In March, Gran Grif gunmen attacked the police station in Petite-Riviere-de-l'Artibonite and fought officers for several hours before being driven back, police said at the time.",
       bg=True),
    ev(BAT, "armed_clash", "2025-04-14", "day", dict(VERRETTES, mention="the entrance to Verrettes"),
       "Police Forces of Haiti", "state_forces", GRIF, "political_militia", 6,
       evidence="On April 14, officers of the national police and soldiers of the Haitian armed forces, supported by armoured vehicles of the Kenyan-led Multinational Security Support mission, fought gang members at the entrance to Verrettes, killing six of them, according to a police statement."),
    ev(RIO, "mob_violence", "2025-04-15", "day",
       loc("Saint-Marc", "Saint-Marc", "Artibonite", "HT", 19.11, -72.70),
       "Rioters (Haiti)", "rioters", "Civilians (Haiti)", "civilians", 1,
       evidence="Two days after the massacre, on April 15, a crowd in Saint-Marc beat and burned to death a young man they accused of scouting targets for the gang, witnesses said."),
]})

# 7 Levant: weekly regional round-up, four countries (14 events, 3 background)
ISR = "Military Forces of Israel"
arts.append({"id": "probe-lengths-7", "url": None,
             "title": "Levant Security Week: Israeli strike south of Damascus, deadly clashes in Sahnaya, IS ambush north of Baghdad",
             "published": "2025-05-09", "text": t7, "events": [
    ev(ERV, "air_drone_strike", "2025-05-05", "day",
       loc("Al Kiswah", "a military site near Al-Kiswah, south of Damascus", "Rif Dimashq Governorate", "SY", 33.36, 36.24),
       ISR, "state_forces", "Military Forces of Syria", "state_forces", 2,
       evidence="- Israeli jets struck a military site near Al-Kiswah, south of Damascus, on Monday night, killing two soldiers of the new Syrian army, the defence ministry in Damascus said."),
    ev(ERV, "air_drone_strike", "2025-05-02", "day",
       loc("Damascus", "an area next to the presidential palace in Damascus", "Damascus Governorate", "SY", 33.51, 36.29),
       ISR, "state_forces", None, None,
       evidence="The raid came a week after Israel bombed an area next to the presidential palace in Damascus on May 2, a strike it described as a message to the government not to deploy troops south of the capital.",
       bg=True),
    ev(BAT, "armed_clash", "2025-05-06", "day",
       loc("Sahnaya", "Sahnaya, on the southern edge of Damascus", "Rif Dimashq Governorate", "SY", 33.43, 36.23),
       "Security Forces of Syria", "state_forces", "Druze Militia (Syria)", "identity_militia", 6,
       evidence="- In Sahnaya, on the southern edge of Damascus, government General Security forces and local Druze gunmen fought for several hours on Tuesday, leaving six people dead, among them two members of the security forces, according to the Syrian Observatory for Human Rights."),
    ev(BAT, "armed_clash", "2025-04-29", "day",
       loc("Jaramana", "Jaramana, a mostly Druze suburb east of the capital", "Rif Dimashq Governorate", "SY", 33.49, 36.35),
       "Security Forces of Syria", "state_forces", "Druze Militia (Syria)", "identity_militia", 13, 13,
       evidence="On April 29, security forces and Druze fighters clashed in Jaramana, a mostly Druze suburb east of the capital, killing at least 13 people, after an audio recording insulting the Prophet Mohammed circulated on social media.",
       bg=True),
    ev(ERV, "remote_explosive_landmine_ied", "2025-05-08", "day",
       loc("Manbij", "a vegetable market in Manbij", "Aleppo Governorate", "SY", 36.53, 37.95),
       "Unidentified Armed Group (Syria)", "unknown", "Civilians (Syria)", "civilians", 4, injured=11,
       evidence="- A car bomb exploded near a vegetable market in Manbij on Thursday, killing four civilians and wounding 11, civil defence workers said."),
    ev(ERV, "remote_explosive_landmine_ied", "2025-02-15", "month",
       loc("Manbij", "the outskirts of Manbij", "Aleppo Governorate", "SY", 36.53, 37.95),
       "Unidentified Armed Group (Syria)", "unknown", "Civilians (Syria)", "civilians", 20,
       evidence="In February, a car bomb on the outskirts of Manbij killed 20 people, most of them women farm workers, in the deadliest such attack since the fall of Bashar al-Assad.",
       bg=True),
    ev(ERV, "air_drone_strike", "2025-05-06", "day",
       loc("Nabatieh", "the road between Nabatieh and Kfar Roummane", "Nabatieh Governorate", "LB", 33.38, 35.48),
       ISR, "state_forces", "Hezbollah", "rebel_group", 1,
       evidence="- An Israeli drone struck a car on the road between Nabatieh and Kfar Roummane on Tuesday, killing a man the Israeli military described as a commander of Hezbollah's Radwan force."),
    ev(ERV, "air_drone_strike", "2025-05-08", "day",
       loc("Tyre", "open ground on the outskirts of Tyre", "South Governorate", "LB", 33.27, 35.19),
       ISR, "state_forces", "Civilians (Lebanon)", "civilians", injured=3,
       evidence="- On Thursday, Israeli warplanes carried out strikes on open ground on the outskirts of Tyre, wounding three civilians who were working in a nearby orchard, the health ministry said."),
    ev(BAT, "armed_clash", "2025-05-07", "day",
       loc("Tarmiyah", "the Tarmiyah district north of Baghdad", "Baghdad Governorate", "IQ", 33.67, 44.40, "region"),
       "Islamic State", "rebel_group", "Military Forces of Iraq", "state_forces", 3, injured=3,
       evidence="- Islamic State fighters ambushed an army patrol in the Tarmiyah district north of Baghdad late on Wednesday, killing two soldiers, including a lieutenant, and wounding three, the Security Media Cell said."),
    ev(ERV, "remote_explosive_landmine_ied", "2025-05-03", "day",
       loc("Daquq", "near Daquq", "Kirkuk Governorate", "IQ", 35.14, 44.45),
       "Unidentified Armed Group (Iraq)", "unknown", "Police Forces of Iraq", "state_forces", injured=2,
       evidence="- In Kirkuk province, a roadside bomb hit a Federal Police vehicle near Daquq on Saturday, wounding two policemen, a police source said."),
    ev(ERV, "air_drone_strike", "2025-05-04", "day",
       approx(loc("Sidakan", "near Sidakan in the north of Erbil province", "Erbil Governorate", "IQ", 36.80, 44.67),
              "approximate"),
       "Military Forces of Turkey", "state_forces", "PKK: Kurdistan Workers Party", "rebel_group", 2,
       evidence="- Turkish drones struck a vehicle near Sidakan in the north of Erbil province on Sunday, killing two fighters of the Kurdistan Workers' Party (PKK), Kurdish security officials said."),
    ev(BAT, "armed_clash", "2025-05-04", "day",
       approx(loc("Mafraq", "the north-eastern border", "Mafraq Governorate", "JO", 32.34, 36.21, "region"),
              "north-eastern border with Syria; Mafraq's coordinates"),
       "Military Forces of Jordan", "state_forces", "Unidentified Armed Group (Jordan)", "unknown", 3,
       evidence="- Jordanian border guards clashed with a group of armed smugglers trying to cross from Syria on the north-eastern border on Sunday, killing three of them and seizing large quantities of Captagon pills, the army said."),
]})

for a in arts:
    for e in a["events"]:
        assert e["evidence"] in a["text"], (a["id"], e["evidence"])
out = Path(__file__).with_name("probe-lengths.jsonl")
out.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in arts), encoding="utf-8")
print(out, len(arts), sum(len(a["events"]) for a in arts))
