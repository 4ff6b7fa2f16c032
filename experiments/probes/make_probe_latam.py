"""Builds probe-latam.jsonl: own-written articles on Latin America beyond Mexican cartels and Haitian gangs
(Colombia's armed groups, Rio militias and police raids, Ecuador's prisons, Andean protests, Venezuela's arrests)."""
import json
from pathlib import Path


from probe_gold import ev, loc  # noqa: E402


arts = []
VAC, BAT, RIO, SD, ERV, PRO = ("violence_against_civilians", "battles", "riots", "strategic_developments",
                               "explosions_remote_violence", "protests")

# 1 Colombia (Reuters): ELN drone attack on a base, ELN vs dissidents in Catatumbo, a landmine, a car bomb last month
t1 = """Colombia's ELN hits army base with explosive drones, killing two soldiers

ARAUCA, Colombia, Aug 14 (Reuters) - Fighters of Colombia's National Liberation Army (ELN) attacked an army base in the eastern province of Arauca with explosive-laden drones before dawn on Wednesday, killing two soldiers and wounding seven, the military said.

The base, on the outskirts of Saravena near the border with Venezuela, houses about 300 troops. At least four drones dropped homemade bombs on the barracks and a fuel store, the army said in a statement, calling the attack "a cowardly act of terrorism".

"These criminals no longer dare to face our soldiers, so they send machines," Defence Minister Pedro Sanchez told reporters in Bogota, adding that reinforcements had been flown to the area. The ELN, which has fought the state since the 1960s, did not immediately respond to a request for comment.

Drone attacks on the security forces have multiplied over the past two years as armed groups buy cheap commercial models and fit them with explosives. The army recorded more than 100 such attacks in the first half of this year alone.

In the Catatumbo region of Norte de Santander province, fighting between the ELN and a FARC dissident faction known as the 33rd Front forced some 1,400 people to flee rural areas of the municipality of Tibu on Sunday, the ombudsman's office said. Two civilians were killed in the crossfire, it added.

An ELN offensive against the dissidents in Catatumbo that began in January killed more than 80 people and displaced upwards of 50,000, according to government figures. President Gustavo Petro, who took office in 2022 promising "total peace", broke off talks with the guerrilla group after that offensive.

Further west, a soldier was killed and two others were wounded on Tuesday when they stepped on a landmine while patrolling a rural area of Briceno, in Antioquia province, the army said, blaming FARC dissidents who operate in the area.

Arauca itself has seen a string of attacks this year. Last month a car bomb exploded outside the police station in the town of Tame, killing one officer and wounding four residents. Authorities blamed the ELN.

Analysts say the guerrillas are trying to show their strength ahead of next year's presidential election, in which security is expected to be a central issue."""
arts.append({"id": "probe-latam-1", "url": None,
             "title": "Colombia's ELN hits army base with explosive drones, killing two soldiers",
             "published": "2025-08-14", "text": t1, "events": [
    ev(ERV, "air_drone_strike", "2025-08-13", "day",
       loc("Saravena", "an army base in the eastern province of Arauca", "Arauca", "CO", 6.95, -71.88),
       "ELN: National Liberation Army", "rebel_group", "Military Forces of Colombia", "state_forces", 2, injured=7,
       evidence="Fighters of Colombia's National Liberation Army (ELN) attacked an army base in the eastern province of Arauca with explosive-laden drones before dawn on Wednesday, killing two soldiers and wounding seven, the military said."),
    ev(BAT, "armed_clash", "2025-08-10", "day",
       loc("Tibu", "rural areas of the municipality of Tibu", "Norte de Santander", "CO", 8.64, -72.74),
       "ELN: National Liberation Army", "rebel_group", "FARC Dissidents", "rebel_group", 2,
       evidence="In the Catatumbo region of Norte de Santander province, fighting between the ELN and a FARC dissident faction known as the 33rd Front forced some 1,400 people to flee rural areas of the municipality of Tibu on Sunday, the ombudsman's office said."),
    ev(ERV, "remote_explosive_landmine_ied", "2025-08-12", "day",
       loc("Briceno", "a rural area of Briceno, in Antioquia province", "Antioquia", "CO", 7.11, -75.55),
       "FARC Dissidents", "rebel_group", "Military Forces of Colombia", "state_forces", 1, injured=2,
       evidence="Further west, a soldier was killed and two others were wounded on Tuesday when they stepped on a landmine while patrolling a rural area of Briceno, in Antioquia province, the army said, blaming FARC dissidents who operate in the area."),
    ev(ERV, "remote_explosive_landmine_ied", "2025-07-15", "month",
       loc("Tame", "the town of Tame", "Arauca", "CO", 6.46, -71.73),
       "ELN: National Liberation Army", "rebel_group", "Police Forces of Colombia", "state_forces", 1, injured=4,
       evidence="Last month a car bomb exploded outside the police station in the town of Tame, killing one officer and wounding four residents.", bg=True),
]})

# 2 Colombia (AFP): an Indigenous leader shot dead, dissidents assault a police station, a farm leader found dead in February
t2 = """Indigenous leader shot dead in Colombia's Cauca as killings of activists mount

Bogota (AFP) - An Indigenous leader was shot dead at his home in southwestern Colombia on Sunday night, the ombudsman's office said Tuesday, the latest in a wave of killings of community activists in a region fought over by armed groups.

Armed men arrived at the house of Nasa Indigenous governor Jesus Ulcue in a rural part of Toribio, in Cauca department, and shot him several times in front of his family, the Regional Indigenous Council of Cauca (CRIC) said in a statement. His teenage son was wounded in the arm.

The CRIC blamed the Dagoberto Ramos front, a faction of the FARC dissidents who rejected the 2016 peace deal and who control drug trafficking corridors in the mountains of northern Cauca.

"They are killing us one by one for defending our territory and refusing to let them recruit our children," council spokeswoman Luz Mery Pito told AFP by telephone.

The ombudsman's office said at least 24 social leaders and human rights defenders had been killed across Colombia since January 1, most of them in Cauca, Narino and Antioquia.

Violence also flared on Monday in Jamundi, a town just south of Cali, where dissidents fired rifles and threw homemade explosives at the police station in an assault that lasted nearly two hours. Officers returned fire until army reinforcements arrived. One police officer was killed and a woman passing by was hit by shrapnel, Valle del Cauca governor Dilian Francisca Toro said on X.

On February 12, the body of Maria Elena Chilito, who led a peasant farmers' association, was found with gunshot wounds beside a road outside the town of Argelia, in southern Cauca. No group has claimed responsibility.

Thousands of soldiers have been deployed to Cauca since last year, but the dissidents have kept up a campaign of ambushes, drone attacks and targeted killings. Rights groups say the state's presence is limited to a few town centres."""
arts.append({"id": "probe-latam-2", "url": None,
             "title": "Indigenous leader shot dead in Colombia's Cauca as killings of activists mount",
             "published": "2025-03-04", "text": t2, "events": [
    ev(VAC, "attack", "2025-03-02", "day",
       loc("Toribio", "a rural part of Toribio, in Cauca department", "Cauca", "CO", 2.95, -76.27),
       "FARC Dissidents", "rebel_group", "Civilians (Colombia)", "civilians", 1, injured=1,
       evidence="Armed men arrived at the house of Nasa Indigenous governor Jesus Ulcue in a rural part of Toribio, in Cauca department, and shot him several times in front of his family, the Regional Indigenous Council of Cauca (CRIC) said in a statement."),
    ev(BAT, "armed_clash", "2025-03-03", "day",
       loc("Jamundi", "Jamundi, a town just south of Cali", "Valle del Cauca", "CO", 3.26, -76.54),
       "FARC Dissidents", "rebel_group", "Police Forces of Colombia", "state_forces", 1, injured=1,
       evidence="Violence also flared on Monday in Jamundi, a town just south of Cali, where dissidents fired rifles and threw homemade explosives at the police station in an assault that lasted nearly two hours."),
    ev(VAC, "attack", "2025-02-12", "day",
       loc("Argelia", "a road outside the town of Argelia, in southern Cauca", "Cauca", "CO", 2.26, -77.25),
       "Unidentified Armed Group (Colombia)", "unknown", "Civilians (Colombia)", "civilians", 1,
       evidence="On February 12, the body of Maria Elena Chilito, who led a peasant farmers' association, was found with gunshot wounds beside a road outside the town of Argelia, in southern Cauca.", bg=True),
]})

# 3 Brazil (AP): a militia boss killed in a police raid, buses torched in reprisal, a Salvador shootout, October's raid recalled
t3 = """Police kill militia boss in western Rio; buses torched in reprisal

RIO DE JANEIRO (AP) — Brazilian police shot and killed one of the most wanted militia leaders in Rio de Janeiro during an operation on the city's western outskirts on Wednesday, prompting his followers to set fire to at least 25 buses, authorities said.

Civil police officers went to a house in the Santa Cruz neighborhood at dawn to arrest Marcos "Bigode" Ferreira, 41, who is accused of running a militia that extorts shopkeepers and controls illegal cable TV, internet and cooking gas sales in the area. Ferreira and two of his bodyguards were killed in an exchange of fire, police said. One officer was slightly injured.

Within hours, men on motorcycles stopped buses in Santa Cruz, Campo Grande and Paciencia, ordered passengers off and set the vehicles alight. Nobody was hurt, but a commuter rail line was suspended and some 300,000 people were left without transport, the city's mobility department said.

"This is terrorism, pure and simple, and those responsible will be found," Mayor Eduardo Paes wrote on social media.

Rio's militias, made up largely of former and off-duty police officers, firefighters and prison guards, emerged in the early 2000s promising to protect neighborhoods from drug gangs. Researchers say they now control territory home to more than 2 million people.

The raid came less than four months after the deadliest police operation in Brazil's history, when some 2,500 officers stormed the Alemao and Penha favela complexes in October to go after the Comando Vermelho gang. More than 120 people were killed, including four police officers.

In the northeastern state of Bahia, military police said they had killed six suspected members of a drug gang in a shootout on Tuesday in the Valeria neighborhood of Salvador, the state capital. Residents told local media that some of the men had been shot after surrendering, and the state public defender's office said it would investigate.

Police in Bahia killed more people than in any other Brazilian state last year, according to the Brazilian Forum on Public Security."""
arts.append({"id": "probe-latam-3", "url": None,
             "title": "Police kill militia boss in western Rio; buses torched in reprisal",
             "published": "2026-02-12", "text": t3, "events": [
    ev(BAT, "armed_clash", "2026-02-11", "day",
       loc("Rio de Janeiro", "a house in the Santa Cruz neighborhood", "Rio de Janeiro", "BR", -22.91, -43.18),
       "Police Forces of Brazil", "state_forces", "Unidentified Gang (Brazil)", "political_militia", 3, injured=1,
       evidence="Brazilian police shot and killed one of the most wanted militia leaders in Rio de Janeiro during an operation on the city's western outskirts on Wednesday, prompting his followers to set fire to at least 25 buses, authorities said."),
    ev(SD, "looting_property_destruction", "2026-02-11", "day",
       loc("Rio de Janeiro", "Santa Cruz, Campo Grande and Paciencia", "Rio de Janeiro", "BR", -22.91, -43.18),
       "Unidentified Gang (Brazil)", "political_militia", None, None, 0,
       evidence="Within hours, men on motorcycles stopped buses in Santa Cruz, Campo Grande and Paciencia, ordered passengers off and set the vehicles alight."),
    ev(BAT, "armed_clash", "2025-10-15", "month",
       loc("Rio de Janeiro", "the Alemao and Penha favela complexes", "Rio de Janeiro", "BR", -22.91, -43.18),
       "Police Forces of Brazil", "state_forces", "Comando Vermelho", "political_militia", 120, 120,
       evidence="The raid came less than four months after the deadliest police operation in Brazil's history, when some 2,500 officers stormed the Alemao and Penha favela complexes in October to go after the Comando Vermelho gang.", bg=True),
    ev(BAT, "armed_clash", "2026-02-10", "day",
       loc("Salvador", "the Valeria neighborhood of Salvador", "Bahia", "BR", -12.97, -38.51),
       "Police Forces of Brazil", "state_forces", "Unidentified Gang (Brazil)", "political_militia", 6,
       evidence="In the northeastern state of Bahia, military police said they had killed six suspected members of a drug gang in a shootout on Tuesday in the Valeria neighborhood of Salvador, the state capital."),
]})

# 4 Ecuador (El Pais-like): curfew after a prison battle, a pool-hall massacre, arrests in Machala, a cockfight massacre in April
t4 = """Ecuador imposes curfew in Azuay after gang battle in Cuenca prison leaves 11 dead

Quito - The Ecuadorian government on Tuesday declared a 60-day state of emergency and a nighttime curfew in the southern province of Azuay, a day after a battle between rival gangs inside the Turi prison, on the outskirts of Cuenca, left 11 inmates dead.

Members of Los Lobos and Los Chone Killers fought with firearms, knives and explosives in one of the prison's wings for almost six hours on Monday, according to SNAI, the body that runs the country's prisons. Seven other prisoners were injured. Police and soldiers retook the wing in the afternoon and found weapons hidden in the ceilings.

"The state will not hand the prisons back to the mafias," Interior Minister John Reimberg said at a press conference in Quito, announcing that the curfew would run from 11pm to 5am.

More than 500 inmates have died in Ecuador's prisons since 2021, in massacres that the authorities attribute to the struggle between gangs linked to Mexican and Balkan cartels over cocaine export routes. President Daniel Noboa has sent the army into the jails and is building a new maximum-security prison in Santa Elena.

The violence is not confined to the prisons. On Saturday night, gunmen burst into a pool hall in Santa Lucia, a farming town in Guayas province, and opened fire on the customers, killing seven people and injuring three, the local police chief told reporters. The attackers fled in a car that was later found burned.

In El Oro, on the border with Peru, police arrested 14 suspected members of Los Lobos on Sunday in a series of raids in Machala, the provincial capital, seizing rifles, grenades and 2 kilos of explosives, the National Police said.

The killings in Santa Lucia recalled the massacre in April at a cockfighting ring in Puebloviejo, in Los Rios province, where men dressed in military uniforms killed 12 people.

Ecuador closed last year with a homicide rate of about 38 per 100,000 inhabitants, one of the highest in Latin America, and the government expects this year's figure to be higher still."""
arts.append({"id": "probe-latam-4", "url": None,
             "title": "Ecuador imposes curfew in Azuay after gang battle in Cuenca prison leaves 11 dead",
             "published": "2025-11-19", "text": t4, "events": [
    ev(SD, "other", "2025-11-18", "day",
       loc("Azuay", "the southern province of Azuay", "Azuay", "EC", -2.90, -79.00, "admin1"),
       "Government of Ecuador", "state_forces", None, None,
       evidence="The Ecuadorian government on Tuesday declared a 60-day state of emergency and a nighttime curfew in the southern province of Azuay, a day after a battle between rival gangs inside the Turi prison, on the outskirts of Cuenca, left 11 inmates dead."),
    ev(BAT, "armed_clash", "2025-11-17", "day",
       loc("Cuenca", "the Turi prison, on the outskirts of Cuenca", "Azuay", "EC", -2.90, -79.00),
       "Los Lobos", "political_militia", "Los Chone Killers", "political_militia", 11, injured=7,
       evidence="Members of Los Lobos and Los Chone Killers fought with firearms, knives and explosives in one of the prison's wings for almost six hours on Monday, according to SNAI, the body that runs the country's prisons."),
    ev(VAC, "attack", "2025-11-15", "day",
       loc("Santa Lucia", "a pool hall in Santa Lucia, a farming town in Guayas province", "Guayas", "EC", -1.71, -79.99),
       "Unidentified Armed Group (Ecuador)", "unknown", "Civilians (Ecuador)", "civilians", 7, injured=3,
       evidence="On Saturday night, gunmen burst into a pool hall in Santa Lucia, a farming town in Guayas province, and opened fire on the customers, killing seven people and injuring three, the local police chief told reporters."),
    ev(SD, "arrests", "2025-11-16", "day",
       loc("Machala", "Machala, the provincial capital", "El Oro", "EC", -3.26, -79.96),
       "Police Forces of Ecuador", "state_forces", "Los Lobos", "political_militia",
       evidence="In El Oro, on the border with Peru, police arrested 14 suspected members of Los Lobos on Sunday in a series of raids in Machala, the provincial capital, seizing rifles, grenades and 2 kilos of explosives, the National Police said."),
    ev(VAC, "attack", "2025-04-15", "month",
       loc("Puebloviejo", "a cockfighting ring in Puebloviejo, in Los Rios province", "Los Rios", "EC", -1.55, -79.53),
       "Unidentified Armed Group (Ecuador)", "unknown", "Civilians (Ecuador)", "civilians", 12,
       evidence="The killings in Santa Lucia recalled the massacre in April at a cockfighting ring in Puebloviejo, in Los Rios province, where men dressed in military uniforms killed 12 people.", bg=True),
]})

# 5 Peru (Reuters): miners clash with police at a highway blockade, a Lima march, a Puno road block, a death last week
t5 = """Peruvian informal miners clash with police at highway blockade

LIMA, Sept 24 (Reuters) - Informal gold miners protesting against the end of a government registration scheme clashed with police on Tuesday as officers tried to clear a blockade of the Pan-American Highway near the town of Chala in Peru's southern Arequipa region, leaving 14 police officers and at least six protesters injured, the interior ministry said.

Hundreds of miners hurled rocks and burned tires as police fired tear gas to reopen the road, which had been closed for three days, stranding hundreds of trucks carrying goods between Lima and the south. Police said 18 people were detained.

"We are not criminals, we are workers who feed our families," said Maximo Franco, a leader of the national small miners' federation, who called on Congress to extend the registry, known as REINFO, which lets informal miners operate while they seek permits.

Critics say the registry has shielded illegal mining gangs, which have spread into the Amazon and the northern gold fields of Pataz, where dozens of mine workers have been killed in turf wars in recent years.

On Monday several thousand miners marched through central Lima to Congress, where they held a rally without incident before returning to a camp in a park near the Plaza San Martin.

The protests come as the government of President Jose Jeri faces a wave of discontent. In the Puno region, on the border with Bolivia, hundreds of residents of the town of Ayaviri blocked the main road to Cusco with rocks on Tuesday in a separate dispute over a river polluted by mining waste.

Last week a protesting miner died of a gunshot wound after police broke up a road blockade in Pataz province, in the northern La Libertad region, according to the miners' federation. Police said officers had used only tear gas and that the death was under investigation.

Protests that followed the ouster and arrest of former President Pedro Castillo in December 2022 left about 50 people dead, most of them in the southern Andes."""
arts.append({"id": "probe-latam-5", "url": None,
             "title": "Peruvian informal miners clash with police at highway blockade",
             "published": "2025-09-24", "text": t5, "events": [
    ev(RIO, "violent_demonstration", "2025-09-23", "day",
       loc("Chala", "the town of Chala in Peru's southern Arequipa region", "Arequipa", "PE", -15.86, -74.25),
       "Rioters (Peru)", "rioters", "Police Forces of Peru", "state_forces", injured=20,
       evidence="Informal gold miners protesting against the end of a government registration scheme clashed with police on Tuesday as officers tried to clear a blockade of the Pan-American Highway near the town of Chala in Peru's southern Arequipa region, leaving 14 police officers and at least six protesters injured, the interior ministry said."),
    ev(PRO, "peaceful_protest", "2025-09-22", "day",
       loc("Lima", "central Lima", "Lima", "PE", -12.05, -77.04),
       "Protesters (Peru)", "protesters", None, None,
       evidence="On Monday several thousand miners marched through central Lima to Congress, where they held a rally without incident before returning to a camp in a park near the Plaza San Martin."),
    ev(PRO, "peaceful_protest", "2025-09-23", "day",
       loc("Ayaviri", "the town of Ayaviri", "Puno", "PE", -14.88, -70.59),
       "Protesters (Peru)", "protesters", None, None,
       evidence="In the Puno region, on the border with Bolivia, hundreds of residents of the town of Ayaviri blocked the main road to Cusco with rocks on Tuesday in a separate dispute over a river polluted by mining waste."),
    ev(PRO, "excessive_force_against_protesters", "2025-09-18", "week",
       {**loc("Pataz", "Pataz province, in the northern La Libertad region", "La Libertad", "PE", -8.28, -77.30, "region"),
        "coords_note": "Pataz province placed at its capital Tayabamba (approximate)"},
       "Police Forces of Peru", "state_forces", "Protesters (Peru)", "protesters", 1,
       evidence="Last week a protesting miner died of a gunshot wound after police broke up a road blockade in Pataz province, in the northern La Libertad region, according to the miners' federation.", bg=True),
]})

# 6 Bolivia (AP): a blockade cleared with a death, a police station burned, an El Alto march dispersed, shots at Morales recalled
t6 = """Bolivian police officer killed as security forces clear pro-Morales blockade

LA PAZ, Bolivia (AP) — A police officer was killed and more than 20 people were injured Thursday when police and soldiers moved to clear a highway blockade set up by supporters of former President Evo Morales at Parotani, in central Bolivia, the government said.

Protesters armed with slingshots, sticks and sticks of dynamite fought the security forces for several hours on the road linking Cochabamba with Oruro and La Paz, Government Minister Roberto Rios said. The officer died after being hit in the head by a piece of dynamite, he said. Police detained 35 people.

Morales' supporters began blocking roads more than a week ago to demand that he be allowed to run in the August presidential election, from which he is barred by a constitutional court ruling limiting presidents to two terms. The blockades have caused shortages of fuel and food in several cities.

On Tuesday, a crowd of blockaders set fire to the police station in the mining town of Llallagua, in Potosi department, after officers detained two local protest leaders. The officers fled and no one was hurt, police said.

In El Alto, the sprawling city above La Paz, hundreds of Morales supporters tried to march to the seat of government on Wednesday but were stopped by police who fired tear gas at them near the Ceja district. Several people were treated for the effects of the gas.

Morales, 65, has been holed up for months in the coca-growing Chapare region, protected by supporters who have prevented police from executing an arrest warrant against him in a statutory rape case that he says is politically motivated.

He has said unidentified gunmen fired on his car in the Chapare in late October last year, wounding his driver, and accused the government of trying to kill him. The government has denied any involvement.

President Luis Arce, a former ally of Morales, called the blockaders "a criminal minority" and said the government would not negotiate while the roads remained closed."""
arts.append({"id": "probe-latam-6", "url": None,
             "title": "Bolivian police officer killed as security forces clear pro-Morales blockade",
             "published": "2025-06-13", "text": t6, "events": [
    ev(RIO, "violent_demonstration", "2025-06-12", "day",
       loc("Parotani", "Parotani, in central Bolivia", "Cochabamba", "BO", -17.57, -66.34),
       "Rioters (Bolivia)", "rioters", "Police Forces of Bolivia", "state_forces", 1, injured=20,
       evidence="A police officer was killed and more than 20 people were injured Thursday when police and soldiers moved to clear a highway blockade set up by supporters of former President Evo Morales at Parotani, in central Bolivia, the government said."),
    ev(RIO, "violent_demonstration", "2025-06-10", "day",
       loc("Llallagua", "the mining town of Llallagua, in Potosi department", "Potosi", "BO", -18.42, -66.58),
       "Rioters (Bolivia)", "rioters", "Police Forces of Bolivia", "state_forces", 0,
       evidence="On Tuesday, a crowd of blockaders set fire to the police station in the mining town of Llallagua, in Potosi department, after officers detained two local protest leaders."),
    ev(PRO, "protest_with_intervention", "2025-06-11", "day",
       loc("El Alto", "El Alto, the sprawling city above La Paz", "La Paz", "BO", -16.50, -68.19),
       "Protesters (Bolivia)", "protesters", "Police Forces of Bolivia", "state_forces",
       evidence="In El Alto, the sprawling city above La Paz, hundreds of Morales supporters tried to march to the seat of government on Wednesday but were stopped by police who fired tear gas at them near the Ceja district."),
    ev(VAC, "attack", "2024-10-25", "month",
       {**loc("Chapare", "the Chapare", "Cochabamba", "BO", -16.97, -65.42, "region"),
        "coords_note": "Chapare province placed at Villa Tunari (approximate)"},
       "Unidentified Armed Group (Bolivia)", "unknown", "Civilians (Bolivia)", "civilians", injured=1,
       evidence="He has said unidentified gunmen fired on his car in the Chapare in late October last year, wounding his driver, and accused the government of trying to kill him.", bg=True),
]})

# 7 Venezuela (NGO statement): arrests by SEBIN and DGCIM, colectivos attack a pot-banging protest, a vigil, a shooting in July
t7 = """Venezuela: wave of arrests against opposition activists must stop

Caracas, 8 August 2024 - Justicia y Libertad Venezuela, a human rights organisation, condemns the arbitrary detention of at least 11 opposition party members and campaign volunteers in four states over the past week and calls on the authorities to disclose where all of them are being held.

On Monday 5 August, officers of the Bolivarian National Intelligence Service (SEBIN) detained Rafael Medina, regional coordinator of the Vente Venezuela party in Zulia state, at his home in Maracaibo without showing a warrant. He was later transferred to El Helicoide, the SEBIN headquarters in Caracas, his lawyer told our organisation.

On Tuesday 6 August, agents of the Directorate General of Military Counterintelligence (DGCIM) arrested four volunteers who had acted as opposition witnesses at polling stations in Barquisimeto, Lara state. Their families say they were accused of "incitement to hatred" and "terrorism" at a hearing held without their chosen lawyers.

The same evening in Caracas, hooded men on motorcycles, whom witnesses identified as members of pro-government colectivos, fired shots and beat residents who were banging pots in protest in the Catia neighbourhood, injuring four people. Police officers present at the scene did not intervene.

On Wednesday 7 August, about 200 relatives of detainees gathered peacefully outside El Helicoide to demand information about their loved ones. They dispersed after three hours without incident.

These detentions add to the more than 1,200 arrests that the authorities themselves have acknowledged since the presidential election of 28 July, whose official result declaring Nicolas Maduro the winner has been rejected by the opposition and questioned by many foreign governments.

On 30 July, National Guard troops fired tear gas and live ammunition at protesters in Petare, in eastern Caracas, killing two young men, according to witnesses and medical sources consulted by our organisation.

"Every day we receive new reports of people taken from their homes at night," said the organisation's director. "The international community must not look away."

Justicia y Libertad Venezuela urges the Office of the UN High Commissioner for Human Rights to resume its work in the country and to document these cases."""
arts.append({"id": "probe-latam-7", "url": None,
             "title": "Venezuela: wave of arrests against opposition activists must stop",
             "published": "2024-08-08", "text": t7, "events": [
    ev(SD, "arrests", "2024-08-05", "day",
       loc("Maracaibo", "his home in Maracaibo", "Zulia", "VE", 10.64, -71.61),
       "Police Forces of Venezuela", "state_forces", "Civilians (Venezuela)", "civilians",
       evidence="On Monday 5 August, officers of the Bolivarian National Intelligence Service (SEBIN) detained Rafael Medina, regional coordinator of the Vente Venezuela party in Zulia state, at his home in Maracaibo without showing a warrant."),
    ev(SD, "arrests", "2024-08-06", "day",
       loc("Barquisimeto", "Barquisimeto, Lara state", "Lara", "VE", 10.07, -69.32),
       "Military Forces of Venezuela", "state_forces", "Civilians (Venezuela)", "civilians",
       evidence="On Tuesday 6 August, agents of the Directorate General of Military Counterintelligence (DGCIM) arrested four volunteers who had acted as opposition witnesses at polling stations in Barquisimeto, Lara state."),
    ev(VAC, "attack", "2024-08-06", "day",
       loc("Caracas", "the Catia neighbourhood", "Distrito Capital", "VE", 10.49, -66.88),
       "Colectivos (Venezuela)", "political_militia", "Protesters (Venezuela)", "protesters", injured=4,
       evidence="The same evening in Caracas, hooded men on motorcycles, whom witnesses identified as members of pro-government colectivos, fired shots and beat residents who were banging pots in protest in the Catia neighbourhood, injuring four people."),
    ev(PRO, "peaceful_protest", "2024-08-07", "day",
       loc("Caracas", "outside El Helicoide", "Distrito Capital", "VE", 10.49, -66.88),
       "Protesters (Venezuela)", "protesters", None, None,
       evidence="On Wednesday 7 August, about 200 relatives of detainees gathered peacefully outside El Helicoide to demand information about their loved ones."),
    ev(PRO, "excessive_force_against_protesters", "2024-07-30", "day",
       loc("Petare", "Petare, in eastern Caracas", "Miranda", "VE", 10.48, -66.81),
       "Military Forces of Venezuela", "state_forces", "Protesters (Venezuela)", "protesters", 2,
       evidence="On 30 July, National Guard troops fired tear gas and live ammunition at protesters in Petare, in eastern Caracas, killing two young men, according to witnesses and medical sources consulted by our organisation.", bg=True),
]})

for a in arts:
    for e in a["events"]:
        assert e["evidence"] in a["text"], (a["id"], e["evidence"])
out = Path(__file__).with_name("probe-latam.jsonl")
out.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in arts), encoding="utf-8")
print(out, len(arts), sum(len(a["events"]) for a in arts))
