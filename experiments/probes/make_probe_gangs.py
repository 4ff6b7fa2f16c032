"""Builds probe-gangs.jsonl: own-written articles on criminal and gang violence (cartels, gangs, bandits, mobs; not dev text)."""
import json
from pathlib import Path


from probe_gold import ev, loc  # noqa: E402


arts = []
VAC, BAT, RIO, SD, ERV = ("violence_against_civilians", "battles", "riots", "strategic_developments",
                          "explosions_remote_violence")

# 1 Mexico: a bar massacre, an ambush on state police, a party shooting recalled from last month
t1 = """Gunmen kill eight in attack on bar in Mexico's Guanajuato

MEXICO CITY, March 17 (Reuters) - Armed men burst into a bar in the central Mexican city of Salamanca late on Saturday and sprayed customers with gunfire, killing eight people and wounding five, Guanajuato state prosecutors said.

Local media reported that the attackers arrived in two pickup trucks and fled before police reached the scene. Prosecutors have not named a suspect or a motive.

Guanajuato, an industrial hub, has for years topped national homicide tables as the Jalisco New Generation Cartel fights the local Santa Rosa de Lima gang over fuel theft and the retail drug trade.

In neighbouring Michoacan, three state police officers were shot dead early on Sunday when suspected cartel members ambushed their patrol on a highway outside Apatzingan, the state security ministry said in a statement. A fourth officer was wounded and flown to Morelia for surgery.

The bar shooting was the deadliest in the state since last month, when gunmen opened fire at a birthday party in Irapuato and killed 12 people."""
arts.append({"id": "probe-gangs-1", "url": None, "title": "Gunmen kill eight in attack on bar in Mexico's Guanajuato",
             "published": "2025-03-17", "text": t1, "events": [
    ev(VAC, "attack", "2025-03-15", "day",
       loc("Salamanca", "the central Mexican city of Salamanca", "Guanajuato", "MX", 20.57, -101.19),
       "Unidentified Armed Group (Mexico)", "unknown", "Civilians (Mexico)", "civilians", 8, injured=5,
       evidence="Armed men burst into a bar in the central Mexican city of Salamanca late on Saturday and sprayed customers with gunfire, killing eight people and wounding five, Guanajuato state prosecutors said."),
    ev(BAT, "armed_clash", "2025-03-16", "day",
       loc("Apatzingan", "a highway outside Apatzingan", "Michoacan", "MX", 19.09, -102.35),
       "Unidentified Gang (Mexico)", "political_militia", "Police Forces of Mexico", "state_forces", 3, injured=1,
       evidence="In neighbouring Michoacan, three state police officers were shot dead early on Sunday when suspected cartel members ambushed their patrol on a highway outside Apatzingan, the state security ministry said in a statement."),
    ev(VAC, "attack", "2025-02-15", "month",
       loc("Irapuato", "Irapuato", "Guanajuato", "MX", 20.68, -101.35),
       "Unidentified Armed Group (Mexico)", "unknown", "Civilians (Mexico)", "civilians", 12,
       evidence="The bar shooting was the deadliest in the state since last month, when gunmen opened fire at a birthday party in Irapuato and killed 12 people.", bg=True),
]})

# 2 Ecuador: a prison battle between two named gangs, a councillor shot dead by men on a motorcycle
t2 = """Fourteen inmates killed in Ecuador prison clash between rival gangs

GUAYAQUIL, Ecuador (AP) — Fighting between two rival gangs inside Ecuador's largest prison left 14 inmates dead and nine injured on Monday, the country's prison authority said, the latest bout of bloodshed in a penitentiary system that drug gangs largely run.

Members of Los Lobos and Los Choneros battled with rifles, pistols and explosives for several hours in two wings of the Litoral Penitentiary in the port city of Guayaquil before soldiers and police took back control of the building shortly after nightfall, the SNAI agency said in a statement.

"The situation is under control," the agency said, adding that bodies were still being identified.

Both gangs have been designated terrorist organisations by the government of President Daniel Noboa, who declared an internal armed conflict in January 2024.

Violence also struck the southern province of El Oro, where a city councillor was shot dead outside his home in Machala on Sunday night by two men on a motorcycle, police said. He was the third local official killed in the province this year."""
arts.append({"id": "probe-gangs-2", "url": None, "title": "Fourteen inmates killed in Ecuador prison clash between rival gangs",
             "published": "2025-07-22", "text": t2, "events": [
    ev(BAT, "armed_clash", "2025-07-21", "day",
       loc("Guayaquil", "the Litoral Penitentiary in the port city of Guayaquil", "Guayas", "EC", -2.17, -79.92),
       "Los Lobos", "political_militia", "Los Choneros", "political_militia", 14, injured=9,
       evidence="Fighting between two rival gangs inside Ecuador's largest prison left 14 inmates dead and nine injured on Monday, the country's prison authority said, the latest bout of bloodshed in a penitentiary system that drug gangs largely run."),
    ev(VAC, "attack", "2025-07-20", "day",
       loc("Machala", "Machala", "El Oro", "EC", -3.26, -79.96),
       "Unidentified Armed Group (Ecuador)", "unknown", "Civilians (Ecuador)", "civilians", 1,
       evidence="Violence also struck the southern province of El Oro, where a city councillor was shot dead outside his home in Machala on Sunday night by two men on a motorcycle, police said."),
]})

# 3 Haiti: a gang coalition takes a town, nurses kidnapped for ransom, bodies found in a ravine
t3 = """Haitian gangs overrun central town, free hundreds of prisoners

Heavily armed gang members attacked the central Haitian town of Mirebalais on Monday, torching the police station and freeing more than 500 inmates from the local prison, authorities said.

Police officers exchanged fire with the attackers for several hours before withdrawing, and by Tuesday the gangs, part of the Viv Ansanm coalition that controls most of Port-au-Prince, were in control of the town, a local official told AFP. At least ten people, including two police officers, were killed, according to the national police.

Thousands of residents fled on foot towards Hinche and the border with the Dominican Republic.

In the hills above the capital, gunmen seized two nurses on Tuesday as they left a clinic in Kenscoff, and later phoned the clinic's director to demand a ransom of $200,000, a hospital employee said.

Separately, police said they had found the bodies of four men with gunshot wounds dumped in a ravine in Petion-Ville on Wednesday morning."""
arts.append({"id": "probe-gangs-3", "url": None, "title": "Haitian gangs overrun central town, free hundreds of prisoners",
             "published": "2025-04-02", "text": t3, "events": [
    ev(BAT, "non_state_actor_overtakes_territory", "2025-03-31", "day",
       loc("Mirebalais", "the central Haitian town of Mirebalais", "Centre", "HT", 18.83, -72.10),
       "Viv Ansanm", "political_militia", "Police Forces of Haiti", "state_forces", 10, 10,
       evidence="Heavily armed gang members attacked the central Haitian town of Mirebalais on Monday, torching the police station and freeing more than 500 inmates from the local prison, authorities said."),
    ev(VAC, "abduction_forced_disappearance", "2025-04-01", "day",
       loc("Kenscoff", "Kenscoff", "Ouest", "HT", 18.45, -72.29),
       "Unidentified Armed Group (Haiti)", "unknown", "Civilians (Haiti)", "civilians",
       evidence="In the hills above the capital, gunmen seized two nurses on Tuesday as they left a clinic in Kenscoff, and later phoned the clinic's director to demand a ransom of $200,000, a hospital employee said."),
    ev(VAC, "attack", "2025-04-02", "day",
       loc("Petion-Ville", "Petion-Ville", "Ouest", "HT", 18.51, -72.29),
       "Unidentified Armed Group (Haiti)", "unknown", "Civilians (Haiti)", "civilians", 4,
       evidence="Separately, police said they had found the bodies of four men with gunshot wounds dumped in a ravine in Petion-Ville on Wednesday morning."),
]})

# 4 Nigeria: bandits kill and abduct in one raid (two events), an air strike on a forest hideout
t4 = """Bandits kill 17, abduct dozens in Nigeria's Zamfara

GUSAU, Nigeria, Sept 8 (Reuters) - Bandits riding motorcycles killed 17 villagers and carried off more than 30 others, mostly women and children, in a raid on a farming community in northwest Nigeria's Zamfara state, residents and police said on Monday.

The gunmen stormed Kadauri village in Maru local government area on Saturday evening, shooting at people who tried to flee and setting fire to granaries, said resident Sani Abubakar, who said he had helped bury the dead.

Zamfara police spokesman Yazid Abubakar confirmed the attack but gave a lower toll of 11 dead. He said officers had been deployed to the area.

The kidnappers have since contacted some of the families and are demanding 5 million naira ($3,300) for each captive, relatives said.

The Nigerian Air Force said on Sunday its jets had struck a bandit hideout in the Dansadau forest, killing "scores of terrorists" including a commander known as Dogo Sule. It did not say when the strike took place."""
arts.append({"id": "probe-gangs-4", "url": None, "title": "Bandits kill 17, abduct dozens in Nigeria's Zamfara",
             "published": "2025-09-08", "text": t4, "events": [
    ev(VAC, "attack", "2025-09-06", "day",
       {**loc("Maru", "Kadauri village in Maru local government area", "Zamfara", "NG", 12.33, 6.40, "region"),
        "coords_note": "Kadauri village placed at Maru town, the seat of its local government area"},
       "Unidentified Armed Group (Nigeria)", "unknown", "Civilians (Nigeria)", "civilians", 17, 11, 17,
       evidence="Bandits riding motorcycles killed 17 villagers and carried off more than 30 others, mostly women and children, in a raid on a farming community in northwest Nigeria's Zamfara state, residents and police said on Monday."),
    ev(VAC, "abduction_forced_disappearance", "2025-09-06", "day",
       {**loc("Maru", "Kadauri village in Maru local government area", "Zamfara", "NG", 12.33, 6.40, "region"),
        "coords_note": "Kadauri village placed at Maru town, the seat of its local government area"},
       "Unidentified Armed Group (Nigeria)", "unknown", "Civilians (Nigeria)", "civilians",
       evidence="Bandits riding motorcycles killed 17 villagers and carried off more than 30 others, mostly women and children, in a raid on a farming community in northwest Nigeria's Zamfara state, residents and police said on Monday."),
    ev(ERV, "air_drone_strike", "2025-09-07", "week",
       {**loc("Dansadau", "a bandit hideout in the Dansadau forest", "Zamfara", "NG", 11.95, 6.33, "region"),
        "coords_note": "approximate: Dansadau town, at the edge of the forest"},
       "Military Forces of Nigeria", "state_forces", "Unidentified Armed Group (Nigeria)", "unknown",
       evidence="The Nigerian Air Force said on Sunday its jets had struck a bandit hideout in the Dansadau forest, killing \"scores of terrorists\" including a commander known as Dogo Sule."),
]})

# 5 Colombia: a named cartel fires on a police patrol, troops clash with it, bodies found on a road
t5 = """Two police officers killed in northern Colombia; Gulf Clan blamed

BOGOTA (AFP) - Two police officers were killed and another was injured on Friday when fighters from the Gulf Clan, Colombia's largest drug trafficking organization, fired on their patrol in the town of Caceres in Antioquia department, the national police said.

Police director Carlos Fernando Triana said the attack was part of a "pistol plan" in which the group pays its members a bounty for every officer killed. At least 12 police officers have been killed in such attacks since the start of April, according to police figures.

Troops sent to the area clashed with the attackers on Friday night, killing one of them, the army said.

In the Pacific port of Tumaco, near the border with Ecuador, residents on Thursday found the bodies of three young men with their hands tied and gunshot wounds to the head on a dirt road outside the town, the local ombudsman's office said. Dissident factions of the former FARC guerrilla and drug gangs are fighting for control of the area's coca fields and trafficking routes."""
arts.append({"id": "probe-gangs-5", "url": None, "title": "Two police officers killed in northern Colombia; Gulf Clan blamed",
             "published": "2025-05-10", "text": t5, "events": [
    ev(BAT, "armed_clash", "2025-05-09", "day",
       loc("Caceres", "the town of Caceres in Antioquia department", "Antioquia", "CO", 7.58, -75.35),
       "Clan del Golfo", "political_militia", "Police Forces of Colombia", "state_forces", 2, injured=1,
       evidence="Two police officers were killed and another was injured on Friday when fighters from the Gulf Clan, Colombia's largest drug trafficking organization, fired on their patrol in the town of Caceres in Antioquia department, the national police said."),
    ev(BAT, "armed_clash", "2025-05-09", "day",
       loc("Caceres", "the area", "Antioquia", "CO", 7.58, -75.35),
       "Military Forces of Colombia", "state_forces", "Clan del Golfo", "political_militia", 1,
       evidence="Troops sent to the area clashed with the attackers on Friday night, killing one of them, the army said."),
    ev(VAC, "attack", "2025-05-08", "day",
       loc("Tumaco", "a dirt road outside the town", "Narino", "CO", 1.81, -78.76),
       "Unidentified Armed Group (Colombia)", "unknown", "Civilians (Colombia)", "civilians", 3,
       evidence="In the Pacific port of Tumaco, near the border with Ecuador, residents on Thursday found the bodies of three young men with their hands tied and gunshot wounds to the head on a dirt road outside the town, the local ombudsman's office said."),
]})

# 6 Honduras: a mayoral candidate shot dead, a massacre at a football pitch, a separate arrest raid
t6 = """Honduran mayoral hopeful shot dead weeks before election

TEGUCIGALPA, Oct 20 (Reuters) - A candidate for mayor in northern Honduras was shot dead on Saturday as he left a campaign rally in San Pedro Sula, police said, weeks before the Central American country holds general elections.

Two gunmen on a motorcycle opened fire on the Liberal Party candidate, Jose Luis Padilla, as he got into his car, killing him and wounding his driver, police spokesman Edgardo Barahona said.

A day later, six young men were killed when gunmen opened fire on a group watching a football match on a dirt pitch in the nearby city of Choloma. Police blamed the Barrio 18 gang, which they said was fighting the rival MS-13 for control of drug sales in the neighborhood.

Officers arrested two suspected Barrio 18 members in connection with the Choloma killings in a raid in Villanueva on Monday, the police said, seizing two assault rifles."""
arts.append({"id": "probe-gangs-6", "url": None, "title": "Honduran mayoral hopeful shot dead weeks before election",
             "published": "2025-10-20", "text": t6, "events": [
    ev(VAC, "attack", "2025-10-18", "day",
       loc("San Pedro Sula", "San Pedro Sula", "Cortes", "HN", 15.50, -88.03),
       "Unidentified Armed Group (Honduras)", "unknown", "Civilians (Honduras)", "civilians", 1, injured=1,
       evidence="A candidate for mayor in northern Honduras was shot dead on Saturday as he left a campaign rally in San Pedro Sula, police said, weeks before the Central American country holds general elections."),
    ev(VAC, "attack", "2025-10-19", "day",
       loc("Choloma", "the nearby city of Choloma", "Cortes", "HN", 15.61, -87.95),
       "Barrio 18", "political_militia", "Civilians (Honduras)", "civilians", 6,
       evidence="A day later, six young men were killed when gunmen opened fire on a group watching a football match on a dirt pitch in the nearby city of Choloma."),
    ev(SD, "arrests", "2025-10-20", "day",
       loc("Villanueva", "Villanueva", "Cortes", "HN", 15.32, -88.00),
       "Police Forces of Honduras", "state_forces", "Barrio 18", "political_militia",
       evidence="Officers arrested two suspected Barrio 18 members in connection with the Choloma killings in a raid in Villanueva on Monday, the police said, seizing two assault rifles."),
]})

# 7 Brazil: a police raid on a favela complex against a named faction, a mob kills a robbery suspect
t7 = """Rio police raid on gang stronghold leaves nine dead

RIO DE JANEIRO, Nov 5 (Reuters) - Nine people, among them a police officer, were killed on Tuesday during a police operation against the Comando Vermelho drug faction in the Mare favela complex in northern Rio de Janeiro, the state's military police said.

Hundreds of officers backed by armored vehicles and helicopters entered the complex at dawn, and heavy gunfire broke out as gang members shot at them from rooftops. Police said eight suspects had been killed and 20 arrested, and that 15 rifles were seized.

Schools and health clinics in the area stayed shut and several bus lines were suspended, residents said.

The day before, a mob beat to death a man accused of robbing a bus passenger at knifepoint in Duque de Caxias, on the city's northern outskirts, police said. Officers arrived too late to stop the crowd."""
arts.append({"id": "probe-gangs-7", "url": None, "title": "Rio police raid on gang stronghold leaves nine dead",
             "published": "2025-11-05", "text": t7, "events": [
    ev(BAT, "armed_clash", "2025-11-04", "day",
       loc("Rio de Janeiro", "the Mare favela complex in northern Rio de Janeiro", "Rio de Janeiro", "BR", -22.91, -43.18),
       "Police Forces of Brazil", "state_forces", "Comando Vermelho", "political_militia", 9,
       evidence="Nine people, among them a police officer, were killed on Tuesday during a police operation against the Comando Vermelho drug faction in the Mare favela complex in northern Rio de Janeiro, the state's military police said."),
    ev(RIO, "mob_violence", "2025-11-03", "day",
       loc("Duque de Caxias", "Duque de Caxias", "Rio de Janeiro", "BR", -22.79, -43.31),
       "Rioters (Brazil)", "rioters", "Civilians (Brazil)", "civilians", 1,
       evidence="The day before, a mob beat to death a man accused of robbing a bus passenger at knifepoint in Duque de Caxias, on the city's northern outskirts, police said."),
]})

for a in arts:
    for e in a["events"]:
        assert e["evidence"] in a["text"], (a["id"], e["evidence"])
out = Path(__file__).with_name("probe-gangs.jsonl")
out.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in arts), encoding="utf-8")
print(out, len(arts), sum(len(a["events"]) for a in arts))
