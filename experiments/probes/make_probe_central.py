"""Builds probe-central.jsonl: own-written articles on Central and Southern Africa (eastern DR Congo, CAR,
Cameroon's Anglophone regions and Far North, Mozambique's Cabo Delgado, Burundian troops); not dev text."""
import json
from pathlib import Path


from probe_gold import ev, loc  # noqa: E402


arts = []
VAC, BAT, RIO, SD, ERV, PRO = ("violence_against_civilians", "battles", "riots", "strategic_developments",
                               "explosions_remote_violence", "protests")
DRC = "Military Forces of the Democratic Republic of Congo"
M23 = "M23: March 23 Movement"
ADF = "ADF: Allied Democratic Forces"
CODECO = "CODECO: Cooperative for the Development of Congo"
MONUSCO = "MONUSCO: United Nations Organization Stabilization Mission in the Democratic Republic of Congo"
MINUSCA = "MINUSCA: United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic"
R3 = "3R: Return, Reclamation, Rehabilitation"
ISM = "Islamic State (Mozambique)"


def near(l, note):
    """A region-precision location placed at a nearby town, with the reason."""
    l = dict(l)
    l["coords_note"] = note
    return l


# 1 Reuters: M23 takes Sange after fighting at Luvungi; army drone strike near Rubaya; Burundian troops at Kamanyola
t1 = """M23 rebels seize eastern Congo town near Burundi border as peace efforts falter

GOMA, Democratic Republic of Congo, Oct 14 (Reuters) - Rwanda-backed M23 rebels took control of the town of Sange in Congo's South Kivu province on Monday after two days of fighting with Congolese troops and allied Wazalendo militiamen, residents and a local civil society leader said.

The fighting began on Saturday when the rebels attacked army positions in Luvungi, about 25 km (15 miles) to the north, forcing thousands of families to flee south along the main road towards Uvira.

"The rebels entered Sange at around 10 in the morning and the soldiers pulled back towards Uvira," said Jean-Paul Bisimwa, who heads a civil society group in the Ruzizi plain. "People are hiding in their houses."

At least 11 people, including six civilians hit by stray bullets, were killed in Sange, the town's administrator told Reuters by telephone. A Congolese army spokesperson did not respond to requests for comment.

The M23 and its political umbrella, the Alliance Fleuve Congo (AFC), said in a statement that its fighters had "liberated" Sange to protect civilians from attacks by "coalition forces".

In North Kivu province, a Congolese army drone struck an M23 position near the mining town of Rubaya on Sunday, killing three rebel fighters, according to two local sources. M23 spokesperson Lawrence Kanyuka accused Kinshasa of violating the ceasefire.

Burundian soldiers, deployed in South Kivu under a bilateral agreement with Kinshasa, also fought M23 fighters in the hills above Kamanyola on Sunday, a Burundian military source said, adding that two of its soldiers were killed.

The M23, which U.N. experts say is backed by Rwanda, seized Goma in January and captured Bukavu, the capital of South Kivu, the following month. Rwanda denies supporting the group.

Congo and Rwanda signed a peace agreement in Washington in June, but fighting on the ground has continued, and talks between Kinshasa and the rebels hosted by Qatar have repeatedly stalled."""
arts.append({"id": "probe-central-1", "url": None,
             "title": "M23 rebels seize eastern Congo town near Burundi border as peace efforts falter",
             "published": "2025-10-14", "text": t1, "events": [
    ev(BAT, "non_state_actor_overtakes_territory", "2025-10-13", "day",
       loc("Sange", "the town of Sange", "South Kivu", "CD", -3.08, 29.12),
       M23, "rebel_group", DRC, "state_forces", 11, 11,
       evidence="Rwanda-backed M23 rebels took control of the town of Sange in Congo's South Kivu province on Monday after two days of fighting with Congolese troops and allied Wazalendo militiamen, residents and a local civil society leader said."),
    ev(BAT, "armed_clash", "2025-10-11", "day",
       loc("Luvungi", "army positions in Luvungi", "South Kivu", "CD", -2.87, 29.03),
       M23, "rebel_group", DRC, "state_forces",
       evidence="The fighting began on Saturday when the rebels attacked army positions in Luvungi, about 25 km (15 miles) to the north, forcing thousands of families to flee south along the main road towards Uvira."),
    ev(ERV, "air_drone_strike", "2025-10-12", "day",
       loc("Rubaya", "near the mining town of Rubaya", "North Kivu", "CD", -1.55, 28.88),
       DRC, "state_forces", M23, "rebel_group", 3,
       evidence="In North Kivu province, a Congolese army drone struck an M23 position near the mining town of Rubaya on Sunday, killing three rebel fighters, according to two local sources."),
    ev(BAT, "armed_clash", "2025-10-12", "day",
       loc("Kamanyola", "the hills above Kamanyola", "South Kivu", "CD", -2.76, 29.00),
       "Military Forces of Burundi", "state_forces", M23, "rebel_group", 2,
       evidence="Burundian soldiers, deployed in South Kivu under a bilateral agreement with Kinshasa, also fought M23 fighters in the hills above Kamanyola on Sunday, a Burundian military source said, adding that two of its soldiers were killed."),
    ev(BAT, "non_state_actor_overtakes_territory", "2025-01-15", "month",
       loc("Goma", "Goma", "North Kivu", "CD", -1.68, 29.23),
       M23, "rebel_group", None, None,
       evidence="The M23, which U.N. experts say is backed by Rwanda, seized Goma in January and captured Bukavu, the capital of South Kivu, the following month.", bg=True),
    ev(BAT, "non_state_actor_overtakes_territory", "2025-02-15", "month",
       loc("Bukavu", "Bukavu, the capital of South Kivu", "South Kivu", "CD", -2.51, 28.86),
       M23, "rebel_group", None, None,
       evidence="The M23, which U.N. experts say is backed by Rwanda, seized Goma in January and captured Bukavu, the capital of South Kivu, the following month.", bg=True),
    ev(SD, "agreement", "2025-06-15", "month",
       loc("Washington", "Washington", "District of Columbia", "US", 38.90, -77.04),
       "Government of the Democratic Republic of Congo", "state_forces", "Government of Rwanda", "state_forces",
       evidence="Congo and Rwanda signed a peace agreement in Washington in June, but fighting on the ground has continued, and talks between Kinshasa and the rebels hosted by Qatar have repeatedly stalled.", bg=True),
]})

# 2 Radio Okapi-like: ADF massacre and abductions in Lubero, army pursuit, riot in Butembo, Komanda recalled
t2 = """Lubero: at least 19 civilians killed in an ADF attack on Bandulu

At least 19 civilians were killed on Tuesday evening, November 4, in an attack attributed to ADF rebels on the village of Bandulu, in the Bapere chiefdom of Lubero territory (North Kivu), local civil society said on Wednesday.

According to Samuel Kakule Vahwere, president of the civil society of the Bapere chiefdom, the assailants, armed with machetes and guns, entered the village at around 8 p.m. while residents were gathered for a funeral wake. Several houses and motorcycles were set on fire.

"We have already buried 19 bodies, most of them women. At least seven people, including three children, were taken away towards the forest by the attackers," he told our reporter.

The spokesperson of the Sokola 1 Grand Nord operations, Captain Anthony Mualushayi, confirmed the attack and said FARDC and UPDF troops had launched a pursuit. "Our forces caught up with the enemy on Wednesday morning near the Bandulu-Manguredjipa road and neutralised four terrorists. One of our soldiers was slightly wounded," he said.

In Butembo, about 80 kilometres to the south, angry young people blocked the main roads with barricades and burning tyres on Wednesday to protest against the killings. They threw stones at the police, who dispersed them with tear gas. Two protesters were injured, according to the mayor's office.

Civil society is calling on the authorities to strengthen the presence of the army in the area, where several villages have emptied of their inhabitants.

The ADF, an armed group of Ugandan origin that has pledged allegiance to the Islamic State group, has killed thousands of civilians in Beni, Lubero and Ituri in recent years. On July 27, ADF fighters attacked worshippers at a Catholic church in Komanda, in neighbouring Ituri province, killing more than 40 people."""
arts.append({"id": "probe-central-2", "url": None,
             "title": "Lubero: at least 19 civilians killed in an ADF attack on Bandulu",
             "published": "2025-11-06", "text": t2, "events": [
    ev(VAC, "attack", "2025-11-04", "day",
       near(loc("Lubero", "the village of Bandulu, in the Bapere chiefdom of Lubero territory", "North Kivu", "CD",
                -0.16, 29.24, "region"), "Bandulu village placed at Lubero, the seat of its territory"),
       ADF, "rebel_group", "Civilians (Democratic Republic of Congo)", "civilians", 19, 19,
       evidence="At least 19 civilians were killed on Tuesday evening, November 4, in an attack attributed to ADF rebels on the village of Bandulu, in the Bapere chiefdom of Lubero territory (North Kivu), local civil society said on Wednesday."),
    ev(VAC, "abduction_forced_disappearance", "2025-11-04", "day",
       near(loc("Lubero", "the village", "North Kivu", "CD", -0.16, 29.24, "region"),
            "Bandulu village placed at Lubero, the seat of its territory"),
       ADF, "rebel_group", "Civilians (Democratic Republic of Congo)", "civilians",
       evidence="At least seven people, including three children, were taken away towards the forest by the attackers,"),
    ev(BAT, "armed_clash", "2025-11-05", "day",
       near(loc("Lubero", "near the Bandulu-Manguredjipa road", "North Kivu", "CD", -0.16, 29.24, "region"),
            "road near Bandulu placed at Lubero, the seat of its territory"),
       DRC, "state_forces", ADF, "rebel_group", 4, injured=1,
       evidence="\"Our forces caught up with the enemy on Wednesday morning near the Bandulu-Manguredjipa road and neutralised four terrorists. One of our soldiers was slightly wounded,\" he said."),
    ev(RIO, "violent_demonstration", "2025-11-05", "day",
       loc("Butembo", "In Butembo", "North Kivu", "CD", 0.14, 29.29),
       "Rioters (Democratic Republic of Congo)", "rioters", "Police Forces of the Democratic Republic of Congo",
       "state_forces", injured=2,
       evidence="In Butembo, about 80 kilometres to the south, angry young people blocked the main roads with barricades and burning tyres on Wednesday to protest against the killings."),
    ev(VAC, "attack", "2025-07-27", "day",
       loc("Komanda", "a Catholic church in Komanda", "Ituri", "CD", 1.37, 29.77),
       ADF, "rebel_group", "Civilians (Democratic Republic of Congo)", "civilians", 40, 40,
       evidence="On July 27, ADF fighters attacked worshippers at a Catholic church in Komanda, in neighbouring Ituri province, killing more than 40 people.", bg=True),
]})

# 3 AFP: CODECO raid on a displacement camp, MONUSCO repels it, CODECO vs Zaire militia, arrests in Bunia
t3 = """DR Congo militia kills 12 displaced people in Ituri camp attack

BUNIA, DR Congo (AFP) - Fighters from the CODECO militia killed at least 12 displaced people, including five children, in an attack on a camp in northeastern DR Congo's Ituri province late Monday, local officials and the UN said Tuesday.

The assailants, armed with machetes and Kalashnikov rifles, stormed the Rho camp in Djugu territory, which shelters some 60,000 people, shortly before midnight, according to the camp's president, Jean-Pierre Dhedonga. Nine other people were wounded, he told AFP.

Peacekeepers from the UN mission MONUSCO exchanged fire with the attackers and drove them back, the mission said in a statement, adding that one Bangladeshi peacekeeper was slightly injured.

"We heard gunshots and then screams. They went from shelter to shelter," said a woman who escaped with her three children and asked not to be named.

CODECO, a loose association of militias that claims to defend the Lendu community, has been locked for years in a cycle of violence with the rival Zaire militia, which says it protects the Hema.

On Sunday, the two militias clashed near the village of Largu, also in Djugu, leaving seven dead on both sides, according to a local chief.

Ituri police said they had arrested 14 suspected CODECO members in the provincial capital Bunia on Tuesday morning.

Ituri has been under a "state of siege" since May 2021, with army and police officers replacing civilian authorities, but the measure has failed to halt the killings.

In February 2022, CODECO fighters killed more than 60 people at the Plaine Savo displacement site in Djugu, one of the deadliest attacks in the province in recent years."""
DJUGU = "camp placed at Djugu, the seat of its territory (approximate)"
arts.append({"id": "probe-central-3", "url": None,
             "title": "DR Congo militia kills 12 displaced people in Ituri camp attack",
             "published": "2025-08-20", "text": t3, "events": [
    ev(VAC, "attack", "2025-08-18", "day",
       near(loc("Djugu", "the Rho camp in Djugu territory", "Ituri", "CD", 1.92, 30.50, "region"), DJUGU),
       CODECO, "identity_militia", "Civilians (Democratic Republic of Congo)", "civilians", 12, 12, injured=9,
       evidence="Fighters from the CODECO militia killed at least 12 displaced people, including five children, in an attack on a camp in northeastern DR Congo's Ituri province late Monday, local officials and the UN said Tuesday."),
    ev(BAT, "armed_clash", "2025-08-18", "day",
       near(loc("Djugu", "the Rho camp in Djugu territory", "Ituri", "CD", 1.92, 30.50, "region"), DJUGU),
       MONUSCO, "external_other", CODECO, "identity_militia", injured=1,
       evidence="Peacekeepers from the UN mission MONUSCO exchanged fire with the attackers and drove them back, the mission said in a statement, adding that one Bangladeshi peacekeeper was slightly injured."),
    ev(BAT, "armed_clash", "2025-08-17", "day",
       near(loc("Djugu", "near the village of Largu, also in Djugu", "Ituri", "CD", 1.92, 30.50, "region"),
            "Largu placed at Djugu, the seat of its territory (approximate)"),
       CODECO, "identity_militia", "Zaire Militia", "identity_militia", 7,
       evidence="On Sunday, the two militias clashed near the village of Largu, also in Djugu, leaving seven dead on both sides, according to a local chief."),
    ev(SD, "arrests", "2025-08-19", "day",
       loc("Bunia", "the provincial capital Bunia", "Ituri", "CD", 1.56, 30.25),
       "Police Forces of the Democratic Republic of Congo", "state_forces", CODECO, "identity_militia",
       evidence="Ituri police said they had arrested 14 suspected CODECO members in the provincial capital Bunia on Tuesday morning."),
    ev(VAC, "attack", "2022-02-15", "month",
       near(loc("Djugu", "the Plaine Savo displacement site in Djugu", "Ituri", "CD", 1.92, 30.50, "region"),
            "Plaine Savo site placed at Djugu, the seat of its territory (approximate)"),
       CODECO, "identity_militia", "Civilians (Democratic Republic of Congo)", "civilians", 60, 60,
       evidence="In February 2022, CODECO fighters killed more than 60 people at the Plaine Savo displacement site in Djugu, one of the deadliest attacks in the province in recent years.", bg=True),
]})

# 4 MINUSCA statement: 3R attack on a patrol, 3R killings in Bang, FACA vs UPC near Ippy, arrests, an IED recalled
t4 = """MINUSCA condemns deadly attack on peacekeepers in Ouham-Pende

Bangui, 26 September 2025 - The United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic (MINUSCA) strongly condemns the attack carried out on Wednesday 24 September by elements of the armed group Retour, Reclamation et Rehabilitation (3R) against a patrol of peacekeepers near Koui, in the Ouham-Pende prefecture, in which one Cameroonian peacekeeper was killed and two others were wounded.

The peacekeepers responded robustly to the attack, neutralising three assailants and forcing the others to withdraw. The wounded peacekeepers were evacuated to the Mission's hospital in Bangui, where their condition is described as stable.

The patrol had been deployed to protect civilians after the killing, on 22 September, of five civilians, including a village chief, by 3R elements in the village of Bang, near Ngaoundaye. MINUSCA strongly condemns these killings.

"Attacks targeting United Nations peacekeepers may constitute war crimes under international law. Those responsible will be held accountable," said the Special Representative of the Secretary-General, Valentine Rugwabiza, who expressed her deepest condolences to the family of the fallen peacekeeper and to the Government of Cameroon.

On 25 September, a MINUSCA quick reaction force arrested two suspected 3R members in Bocaranga in connection with the attack. They have been handed over to the national judicial authorities.

The Mission is also concerned about reports of clashes on 21 September between the Central African Armed Forces (FACA), supported by other security personnel, and elements of the Unity for Peace in Central Africa (UPC) near Ippy, in the Ouaka prefecture. MINUSCA calls on all parties to respect their commitments under the Political Agreement for Peace and Reconciliation.

This is the fourth attack on peacekeepers in Ouham-Pende this year. On 12 March, a MINUSCA armoured vehicle struck an explosive device on the road between Bocaranga and Koui, wounding three peacekeepers."""
arts.append({"id": "probe-central-4", "url": None,
             "title": "MINUSCA condemns deadly attack on peacekeepers in Ouham-Pende",
             "published": "2025-09-26", "text": t4, "events": [
    ev(BAT, "armed_clash", "2025-09-24", "day",
       near(loc("Koui", "near Koui, in the Ouham-Pende prefecture", "Ouham-Pende", "CF", 6.98, 16.05),
            "approximate position of Koui"),
       R3, "rebel_group", MINUSCA, "external_other", 4, injured=2,
       evidence="The United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic (MINUSCA) strongly condemns the attack carried out on Wednesday 24 September by elements of the armed group Retour, Reclamation et Rehabilitation (3R) against a patrol of peacekeepers near Koui, in the Ouham-Pende prefecture, in which one Cameroonian peacekeeper was killed and two others were wounded."),
    ev(VAC, "attack", "2025-09-22", "day",
       near(loc("Ngaoundaye", "the village of Bang, near Ngaoundaye", "Ouham-Pende", "CF", 7.05, 15.25, "region"),
            "Bang village placed at Ngaoundaye (approximate)"),
       R3, "rebel_group", "Civilians (Central African Republic)", "civilians", 5,
       evidence="The patrol had been deployed to protect civilians after the killing, on 22 September, of five civilians, including a village chief, by 3R elements in the village of Bang, near Ngaoundaye."),
    ev(SD, "arrests", "2025-09-25", "day",
       loc("Bocaranga", "Bocaranga", "Ouham-Pende", "CF", 7.01, 15.64),
       MINUSCA, "external_other", R3, "rebel_group",
       evidence="On 25 September, a MINUSCA quick reaction force arrested two suspected 3R members in Bocaranga in connection with the attack."),
    ev(BAT, "armed_clash", "2025-09-21", "day",
       loc("Ippy", "near Ippy, in the Ouaka prefecture", "Ouaka", "CF", 6.26, 21.22),
       "Military Forces of the Central African Republic", "state_forces",
       "UPC: Unity for Peace in Central Africa", "rebel_group",
       evidence="The Mission is also concerned about reports of clashes on 21 September between the Central African Armed Forces (FACA), supported by other security personnel, and elements of the Unity for Peace in Central Africa (UPC) near Ippy, in the Ouaka prefecture."),
    ev(ERV, "remote_explosive_landmine_ied", "2025-03-12", "day",
       near(loc("Bocaranga", "the road between Bocaranga and Koui", "Ouham-Pende", "CF", 7.01, 15.64, "region"),
            "road placed at Bocaranga"),
       "Unidentified Armed Group (Central African Republic)", "unknown", MINUSCA, "external_other", injured=3,
       evidence="On 12 March, a MINUSCA armoured vehicle struck an explosive device on the road between Bocaranga and Koui, wounding three peacekeepers.", bg=True),
]})

# 5 HRW-like: soldiers kill villagers near Batibo, separatists abduct teachers in Kumba, IED in Bamenda, Ngarbuh recalled
t5 = """Cameroon: Soldiers Kill Villagers in Northwest Region
Separatists Abduct Teachers, Attack Army Convoy; Accountability Needed

(Nairobi, June 11, 2025) - Cameroonian soldiers killed at least nine civilians, including two women and a 12-year-old boy, during a raid on a village in the country's Northwest region in May 2025, Human Rights Watch said today. Armed separatists have also committed serious abuses, including kidnappings for ransom.

On May 18, soldiers from the Rapid Intervention Battalion (BIR) entered Ashong, a village near Batibo in the Momo division, searching for separatist fighters, witnesses said. The soldiers went from house to house, shot dead at least nine people and set fire to at least 15 homes. "They took my husband out of the house and shot him in front of our children," a 34-year-old woman said.

Human Rights Watch interviewed 23 people by telephone, including witnesses, relatives of victims, health workers and local officials, and reviewed photographs and video of the burned homes. The army spokesperson did not respond to written questions sent on June 2.

Separatist fighters, who seek independence for the English-speaking Northwest and Southwest regions they call "Ambazonia," have also targeted civilians. On May 30, armed separatists abducted a school principal and two teachers in Kumba, in the Southwest region, accusing them of defying a boycott of schools. The three were released four days later after their families paid a ransom, a relative said.

On June 3, separatists detonated an improvised explosive device against a military vehicle in the Nkwen neighborhood of Bamenda, killing two soldiers, according to a local journalist and a health worker.

The crisis in the Anglophone regions began in 2016, when lawyers and teachers protested against the perceived marginalization of English speakers, and turned into an armed conflict the following year. More than 6,000 people have been killed since then, according to the International Crisis Group.

Cameroon's government has repeatedly failed to hold soldiers to account. In February 2020, soldiers and armed ethnic Fulani killed 21 civilians, including 13 children, in Ngarbuh, in the Northwest region. Only three soldiers were charged, and their trial before a military court has dragged on for years.

"Cameroon's international partners should press the authorities to investigate the Ashong killings and prosecute those responsible," said a Human Rights Watch researcher."""
arts.append({"id": "probe-central-5", "url": None,
             "title": "Cameroon: Soldiers Kill Villagers in Northwest Region",
             "published": "2025-06-11", "text": t5, "events": [
    ev(VAC, "attack", "2025-05-18", "day",
       near(loc("Batibo", "Ashong, a village near Batibo in the Momo division", "North-West", "CM", 5.83, 9.86,
                "region"), "Ashong village placed at Batibo"),
       "Military Forces of Cameroon", "state_forces", "Civilians (Cameroon)", "civilians", 9, 9,
       evidence="The soldiers went from house to house, shot dead at least nine people and set fire to at least 15 homes."),
    ev(VAC, "abduction_forced_disappearance", "2025-05-30", "day",
       loc("Kumba", "Kumba, in the Southwest region", "South-West", "CM", 4.64, 9.45),
       "Ambazonian Separatists", "rebel_group", "Civilians (Cameroon)", "civilians",
       evidence="On May 30, armed separatists abducted a school principal and two teachers in Kumba, in the Southwest region, accusing them of defying a boycott of schools."),
    ev(ERV, "remote_explosive_landmine_ied", "2025-06-03", "day",
       loc("Bamenda", "the Nkwen neighborhood of Bamenda", "North-West", "CM", 5.96, 10.15),
       "Ambazonian Separatists", "rebel_group", "Military Forces of Cameroon", "state_forces", 2,
       evidence="On June 3, separatists detonated an improvised explosive device against a military vehicle in the Nkwen neighborhood of Bamenda, killing two soldiers, according to a local journalist and a health worker."),
    ev(VAC, "attack", "2020-02-15", "month",
       near(loc("Ndu", "Ngarbuh, in the Northwest region", "North-West", "CM", 6.41, 10.86, "region"),
            "Ngarbuh placed at Ndu, the seat of its subdivision (approximate)"),
       "Military Forces of Cameroon", "state_forces", "Civilians (Cameroon)", "civilians", 21,
       evidence="In February 2020, soldiers and armed ethnic Fulani killed 21 civilians, including 13 children, in Ngarbuh, in the Northwest region.", bg=True),
]})

# 6 Reuters: IS Mozambique beheadings in Ancuabe, Rwandan troops clash near Mbau, church and houses burned in Chai,
#   protest by displaced people in Pemba, Palma recalled
t6 = """Islamic State-linked insurgents behead six in Mozambique's Cabo Delgado

MAPUTO, Dec 2 (Reuters) - Islamic State-linked insurgents beheaded six people in a village in Mozambique's northern Cabo Delgado province on Saturday, a local official and a resident said, in the latest of a string of attacks that have displaced tens of thousands of people since September.

The fighters arrived in Nanjua, in Ancuabe district, in the early afternoon and rounded up men working in their fields, the resident said by phone. "They tied their hands and cut their heads off. The rest of us ran into the bush," he said. Islamic State claimed the attack on its Telegram channels, saying its "soldiers of the caliphate" had killed six "Christians".

Rwandan troops, backed by Mozambican soldiers, clashed with insurgents on Sunday near Mbau in Mocimboa da Praia district, killing 11 militants, a source at Mozambique's defence ministry told Reuters. Rwanda's military did not comment.

In neighbouring Macomia district, the insurgents burned a church and about 40 houses in the village of Chai on Friday after residents had fled, according to a local Catholic priest.

Hundreds of displaced people protested peacefully outside the provincial government offices in Pemba on Monday, complaining that food aid had been cut in half since August. Police monitored the gathering but did not intervene.

The insurgency, which began in 2017, has killed more than 6,000 people, according to conflict monitors. In March 2021, insurgents overran the coastal town of Palma, near a $20 billion liquefied natural gas project led by TotalEnergies, killing dozens of people, including foreign workers.

Rwanda deployed about 1,000 troops to Cabo Delgado in July 2021 at the request of the Mozambican government and has since expanded the force to around 4,000."""
arts.append({"id": "probe-central-6", "url": None,
             "title": "Islamic State-linked insurgents behead six in Mozambique's Cabo Delgado",
             "published": "2025-12-02", "text": t6, "events": [
    ev(VAC, "attack", "2025-11-29", "day",
       near(loc("Ancuabe", "Nanjua, in Ancuabe district", "Cabo Delgado", "MZ", -12.97, 39.85, "region"),
            "Nanjua village placed at Ancuabe, the seat of its district"),
       ISM, "rebel_group", "Civilians (Mozambique)", "civilians", 6,
       evidence="Islamic State-linked insurgents beheaded six people in a village in Mozambique's northern Cabo Delgado province on Saturday, a local official and a resident said, in the latest of a string of attacks that have displaced tens of thousands of people since September."),
    ev(BAT, "armed_clash", "2025-11-30", "day",
       near(loc("Mocimboa da Praia", "near Mbau in Mocimboa da Praia district", "Cabo Delgado", "MZ", -11.35,
                40.35, "region"), "Mbau placed at Mocimboa da Praia, the seat of its district"),
       "Military Forces of Rwanda", "state_forces", ISM, "rebel_group", 11,
       evidence="Rwandan troops, backed by Mozambican soldiers, clashed with insurgents on Sunday near Mbau in Mocimboa da Praia district, killing 11 militants, a source at Mozambique's defence ministry told Reuters."),
    ev(SD, "looting_property_destruction", "2025-11-28", "day",
       near(loc("Macomia", "the village of Chai", "Cabo Delgado", "MZ", -12.25, 40.12, "region"),
            "Chai village placed at Macomia, the seat of its district"),
       ISM, "rebel_group", "Civilians (Mozambique)", "civilians",
       evidence="In neighbouring Macomia district, the insurgents burned a church and about 40 houses in the village of Chai on Friday after residents had fled, according to a local Catholic priest."),
    ev(PRO, "peaceful_protest", "2025-12-01", "day",
       loc("Pemba", "the provincial government offices in Pemba", "Cabo Delgado", "MZ", -12.97, 40.52),
       "Protesters (Mozambique)", "protesters", None, None,
       evidence="Hundreds of displaced people protested peacefully outside the provincial government offices in Pemba on Monday, complaining that food aid had been cut in half since August."),
    ev(BAT, "non_state_actor_overtakes_territory", "2021-03-15", "month",
       loc("Palma", "the coastal town of Palma", "Cabo Delgado", "MZ", -10.78, 40.47),
       ISM, "rebel_group", None, None,
       evidence="In March 2021, insurgents overran the coastal town of Palma, near a $20 billion liquefied natural gas project led by TotalEnergies, killing dozens of people, including foreign workers.", bg=True),
]})

# 7 AFP: suicide bombing at Mora market, ISWAP attack on a post near Fotokol, kidnapping near Mokolo, fishermen recalled
t7 = """Female suicide bomber kills four in north Cameroon market

YAOUNDE (AFP) - A female suicide bomber blew herself up in a crowded market in the town of Mora in Cameroon's Far North region on Sunday, killing four civilians and wounding 11, a local official and a security source told AFP on Monday.

"The bomber mingled with traders and detonated her explosive belt at around 11 am," the official said on condition of anonymity, blaming Boko Haram jihadists.

Late Saturday, fighters from the Islamic State West Africa Province (ISWAP), a Boko Haram splinter group, attacked an army post near Fotokol, on the border with Nigeria. Soldiers repelled the assault, killing eight of the assailants, while two soldiers were wounded, the security source said.

On Monday, suspected Boko Haram fighters kidnapped nine people, including a local councillor, in Tourou, a village in the Mayo-Tsanaga department near Mokolo, a resident told AFP.

Mora, a busy market town about 30 kilometres from the Nigerian border, has been targeted several times since the jihadist insurgency spilled over from neighbouring Nigeria a decade ago. Local authorities have since banned motorbike taxis after dark and ordered traders to search customers entering the market, measures residents say are rarely enforced.

"People are afraid, but they have to come to the market to feed their families," said Ibrahim Moussa, a grain trader who was 50 metres from the blast.

The Far North, which borders Nigeria and Chad, has seen a surge of jihadist attacks in recent months. Last month, Boko Haram fighters killed 11 fishermen on an island in Lake Chad near Darak, according to local authorities.

Cameroon is also fighting separatist rebels in its English-speaking Northwest and Southwest regions, a conflict that has claimed thousands of lives since 2017."""
arts.append({"id": "probe-central-7", "url": None,
             "title": "Female suicide bomber kills four in north Cameroon market",
             "published": "2025-07-08", "text": t7, "events": [
    ev(ERV, "suicide_bomb", "2025-07-06", "day",
       loc("Mora", "the town of Mora", "Far North", "CM", 11.05, 14.14),
       "Boko Haram", "rebel_group", "Civilians (Cameroon)", "civilians", 4, injured=11,
       evidence="A female suicide bomber blew herself up in a crowded market in the town of Mora in Cameroon's Far North region on Sunday, killing four civilians and wounding 11, a local official and a security source told AFP on Monday."),
    ev(BAT, "armed_clash", "2025-07-05", "day",
       loc("Fotokol", "near Fotokol", "Far North", "CM", 12.37, 14.22),
       "Islamic State West Africa Province (ISWAP)", "rebel_group", "Military Forces of Cameroon", "state_forces",
       8, injured=2,
       evidence="Late Saturday, fighters from the Islamic State West Africa Province (ISWAP), a Boko Haram splinter group, attacked an army post near Fotokol, on the border with Nigeria."),
    ev(VAC, "abduction_forced_disappearance", "2025-07-07", "day",
       near(loc("Mokolo", "Tourou, a village in the Mayo-Tsanaga department near Mokolo", "Far North", "CM", 10.74,
                13.80, "region"), "Tourou village placed at Mokolo"),
       "Boko Haram", "rebel_group", "Civilians (Cameroon)", "civilians",
       evidence="On Monday, suspected Boko Haram fighters kidnapped nine people, including a local councillor, in Tourou, a village in the Mayo-Tsanaga department near Mokolo, a resident told AFP."),
    ev(VAC, "attack", "2025-06-15", "month",
       near(loc("Darak", "an island in Lake Chad near Darak", "Far North", "CM", 12.99, 14.52, "region"),
            "approximate position of Darak"),
       "Boko Haram", "rebel_group", "Civilians (Cameroon)", "civilians", 11,
       evidence="Last month, Boko Haram fighters killed 11 fishermen on an island in Lake Chad near Darak, according to local authorities.", bg=True),
]})

for a in arts:
    for e in a["events"]:
        assert e["evidence"] in a["text"], (a["id"], e["evidence"])
out = Path(__file__).with_name("probe-central.jsonl")
out.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in arts), encoding="utf-8")
print(out, len(arts), sum(len(a["events"]) for a in arts))
