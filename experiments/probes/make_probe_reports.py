"""Builds probe-reports.jsonl: own-written articles of kinds that mix news and background heavily (a rights
group's report, a UN briefing, a trial story, an anniversary, an obituary after a strike, a ministry statement
on an operation, an open-source investigation; not dev text)."""
import json
from pathlib import Path


from probe_gold import ev, loc  # noqa: E402


arts = []
BAT, ERV, VAC, PRO, SD = ("battles", "explosions_remote_violence", "violence_against_civilians", "protests",
                          "strategic_developments")

# 1 Burkina Faso: a rights group's report summarised by a wire
t1 = """Burkina Faso army and allied militia killed scores of civilians, rights group says

DAKAR, May 12 (Reuters) - Burkina Faso's soldiers and the civilian militias that fight alongside them killed at least 70 civilians in two operations earlier this year, Human Rights Watch said on Monday, urging the military government to open independent inquiries.

The New York-based group said its researchers interviewed 27 witnesses by telephone and analysed videos posted on social media to document the killings.

In the deadliest incident, soldiers and members of the Volunteers for the Defence of the Homeland (VDP) killed at least 58 people, most of them ethnic Fulani herders, in and around the town of Solenzo, in Banwa province, on March 11, the report said. Witnesses described militiamen going from house to house and shooting men and boys. Videos verified by the group showed bodies of women and children lying in a compound.

Earlier, on January 20, soldiers detained 12 men at a market near Diapaga, in the eastern Tapoa province, and executed them on the side of the road a few kilometres away, according to two relatives who later found the bodies.

The government did not respond to questions sent by the group. Officials have previously rejected accusations of abuses and said the army targets only "terrorists".

The report was published a day after fighters of the al Qaeda-linked Jama'at Nusrat al-Islam wal-Muslimin (JNIM) launched a large assault on Djibo, the main town of the northern Soum province. Security sources said the attackers stormed an army camp and several checkpoints before dawn on Sunday and fought soldiers for several hours, and that dozens of soldiers and civilians were killed. JNIM said in a statement that it had taken control of the camp, a claim that could not be independently verified.

Human Rights Watch said jihadist groups had also committed grave abuses. In August last year, JNIM fighters shot dead scores of residents of Barsalogho, in the Centre-North region, who had been ordered by the army to dig defensive trenches around the town, it said.

More than 2 million people have been displaced by the conflict, which spread from neighbouring Mali in 2015. Captain Ibrahim Traore, who seized power in a coup in September 2022, has made the recruitment of tens of thousands of VDP auxiliaries a centrepiece of his strategy.

"Abuses by one side are fuelling recruitment by the other," said Ilaria Allegrozzi, the group's senior Sahel researcher."""
arts.append({"id": "probe-reports-1", "url": None,
             "title": "Burkina Faso army and allied militia killed scores of civilians, rights group says",
             "published": "2025-05-12", "text": t1, "events": [
    ev(VAC, "attack", "2025-03-11", "day",
       loc("Solenzo", "the town of Solenzo, in Banwa province", "Boucle du Mouhoun Region", "BF", 12.17, -4.08),
       "Military Forces of Burkina Faso", "state_forces", "Civilians (Burkina Faso)", "civilians", 58, 58,
       evidence="In the deadliest incident, soldiers and members of the Volunteers for the Defence of the Homeland (VDP) killed at least 58 people, most of them ethnic Fulani herders, in and around the town of Solenzo, in Banwa province, on March 11, the report said."),
    ev(VAC, "attack", "2025-01-20", "day",
       loc("Diapaga", "near Diapaga, in the eastern Tapoa province", "Est Region", "BF", 12.07, 1.79, "region"),
       "Military Forces of Burkina Faso", "state_forces", "Civilians (Burkina Faso)", "civilians", 12,
       evidence="Earlier, on January 20, soldiers detained 12 men at a market near Diapaga, in the eastern Tapoa province, and executed them on the side of the road a few kilometres away, according to two relatives who later found the bodies."),
    ev(BAT, "armed_clash", "2025-05-11", "day",
       loc("Djibo", "Djibo, the main town of the northern Soum province", "Sahel Region", "BF", 14.10, -1.63),
       "JNIM: Group for Support of Islam and Muslims", "rebel_group", "Military Forces of Burkina Faso",
       "state_forces",
       evidence="Security sources said the attackers stormed an army camp and several checkpoints before dawn on Sunday and fought soldiers for several hours, and that dozens of soldiers and civilians were killed."),
    ev(VAC, "attack", "2024-08-15", "month",
       loc("Barsalogho", "Barsalogho, in the Centre-North region", "Centre-Nord Region", "BF", 13.42, -1.06,
           ),
       "JNIM: Group for Support of Islam and Muslims", "rebel_group", "Civilians (Burkina Faso)", "civilians",
       evidence="In August last year, JNIM fighters shot dead scores of residents of Barsalogho, in the Centre-North region, who had been ordered by the army to dig defensive trenches around the town, it said.",
       bg=True),
    ev(SD, "other", "2022-09-15", "month",
       loc("Burkina Faso", None, None, "BF", 12.37, -1.53, "country"),
       "Military Forces of Burkina Faso", "state_forces", None, None,
       evidence="Captain Ibrahim Traore, who seized power in a coup in September 2022, has made the recruitment of tens of thousands of VDP auxiliaries a centrepiece of his strategy.",
       bg=True),
]})

# 2 Sudan: a UN briefing to the Security Council
t2 = """UN warns Security Council of "relentless" attacks on civilians in Sudan

NEW YORK, May 6 - At least 1,380 civilians were killed in Sudan in the first four months of this year, most of them in North Darfur and Kordofan, a senior UN official told the Security Council on Tuesday, warning that the war between the army and the paramilitary Rapid Support Forces (RSF) was spreading to areas that had been spared.

Assistant Secretary-General Martha Pobee said the figures, compiled by the UN human rights office, were "certainly an undercount" because monitors have no access to much of Darfur.

Pobee said the RSF's continued siege of El Fasher, the last army-held state capital in Darfur, was exacting a terrible toll. On Monday, RSF artillery shells struck the Abu Shouk displacement camp on the northern edge of the city, killing 14 people, among them four children, and wounding 23, she said, citing local emergency responders.

She also told the 15-member council that drones launched by the RSF had hit a fuel depot, the airport and a power station in Port Sudan on Sunday, the first attack on the Red Sea city that has served as the seat of the army-backed government and the hub of the UN's operations since 2023. The army said its air defences had shot down several of the drones. No casualties were reported, but the strikes set off fires that burned for hours and forced the suspension of flights.

In South Kordofan, shelling by the Sudan People's Liberation Movement-North (SPLM-N), which has allied itself with the RSF, killed five civilians in Kadugli last week, Pobee said.

She reminded the council that more than 400,000 people had fled Zamzam camp, south of El Fasher, since the RSF stormed it between April 11 and 13, killing at least 400 people according to UN figures. The RSF has denied targeting civilians and said the camp was used as a base by army-allied fighters.

Sudan's ambassador to the UN, Al-Harith Idriss, accused the United Arab Emirates of supplying the drones used in Port Sudan, a charge the UAE rejects.

Britain, which holds the pen on Sudan in the council, said it would push for a resolution demanding a humanitarian pause in El Fasher. Previous attempts have been blocked.

The war, which broke out in April 2023, has killed tens of thousands of people and displaced more than 12 million, according to the UN, making it the world's largest displacement crisis."""
arts.append({"id": "probe-reports-2", "url": None,
             "title": "UN warns Security Council of \"relentless\" attacks on civilians in Sudan",
             "published": "2025-05-06", "text": t2, "events": [
    ev(ERV, "shelling_artillery_missile_attack", "2025-05-05", "day",
       loc("Abu Shouk", "the Abu Shouk displacement camp on the northern edge of the city", "North Darfur State",
           "SD", 13.66, 25.34),
       "RSF: Rapid Support Forces", "rebel_group", "Civilians (Sudan)", "civilians", 14, injured=23,
       evidence="On Monday, RSF artillery shells struck the Abu Shouk displacement camp on the northern edge of the city, killing 14 people, among them four children, and wounding 23, she said, citing local emergency responders."),
    ev(ERV, "air_drone_strike", "2025-05-04", "day",
       loc("Port Sudan", "Port Sudan", "Red Sea State", "SD", 19.62, 37.22),
       "RSF: Rapid Support Forces", "rebel_group", None, None, 0,
       evidence="She also told the 15-member council that drones launched by the RSF had hit a fuel depot, the airport and a power station in Port Sudan on Sunday, the first attack on the Red Sea city that has served as the seat of the army-backed government and the hub of the UN's operations since 2023."),
    ev(SD, "disrupted_weapons_use", "2025-05-04", "day",
       loc("Port Sudan", "Port Sudan", "Red Sea State", "SD", 19.62, 37.22),
       "Military Forces of Sudan", "state_forces", "RSF: Rapid Support Forces", "rebel_group",
       evidence="The army said its air defences had shot down several of the drones."),
    ev(ERV, "shelling_artillery_missile_attack", "2025-05-01", "week",
       loc("Kadugli", "Kadugli", "South Kordofan State", "SD", 11.01, 29.72),
       "SPLM-N: Sudan People's Liberation Movement-North", "rebel_group", "Civilians (Sudan)", "civilians", 5,
       evidence="In South Kordofan, shelling by the Sudan People's Liberation Movement-North (SPLM-N), which has allied itself with the RSF, killed five civilians in Kadugli last week, Pobee said."),
    ev(VAC, "attack", "2025-04-12", "week",
       loc("Zamzam", "Zamzam camp, south of El Fasher", "North Darfur State", "SD", 13.48, 25.30),
       "RSF: Rapid Support Forces", "rebel_group", "Civilians (Sudan)", "civilians", 400, 400,
       evidence="She reminded the council that more than 400,000 people had fled Zamzam camp, south of El Fasher, since the RSF stormed it between April 11 and 13, killing at least 400 people according to UN figures.",
       bg=True),
]})

# 3 Nigeria: a trial story recalling the crime, no new event
t3 = """Owo church attack: witness tells court suspects scouted church for weeks

By Eniola Adeyemi, Abuja

A prosecution witness on Tuesday told the Federal High Court in Abuja that men accused of the 2022 massacre at St Francis Xavier Catholic Church in Owo, Ondo State, visited the church several times in the weeks before the attack to study its layout and the times of mass.

The witness, an officer of the Department of State Services (DSS) whose identity was shielded by the court, said phone records and the confessional statements of two of the defendants showed that the attackers travelled from a hideout in Kogi State on the eve of the attack.

Five men are standing trial on a 13-count charge of terrorism, murder and membership of a proscribed organisation. They have pleaded not guilty.

On June 5, 2022, gunmen disguised as worshippers opened fire on the congregation during Pentecost Sunday mass and set off explosives at the church's entrance, killing 41 people, including children, and wounding more than 70. The federal government blamed the attack on the Islamic State West Africa Province (ISWAP), a rare strike by the jihadist group far from its base in the northeast.

The defendants were arrested in August 2022 in a joint operation by soldiers and the DSS in Ondo State, the Chief of Defence Staff, General Lucky Irabor, said at the time.

A month after the Owo attack, ISWAP fighters attacked the Kuje medium-security prison on the outskirts of Abuja, killing a guard and freeing more than 800 inmates, among them dozens of jihadist commanders. Security officials have told the court that one of the Owo defendants was among the escapees who were later recaptured.

Defence counsel, Mr. Chukwuma Ekeh, objected to the admission of the confessional statements, saying his clients made them under duress. Justice Emeka Nwite overruled the objection and admitted the documents in evidence.

Relatives of victims, some wearing black, filled the public gallery. "Three years on, we still bury our anger every Sunday," said Olumide Ajayi, whose wife and daughter died in the attack.

The case was adjourned to April 15 for the continuation of trial."""
arts.append({"id": "probe-reports-3", "url": None,
             "title": "Owo church attack: witness tells court suspects scouted church for weeks",
             "published": "2025-03-19", "text": t3, "events": [
    ev(VAC, "attack", "2022-06-05", "day",
       loc("Owo", "St Francis Xavier Catholic Church in Owo, Ondo State", "Ondo State", "NG", 7.20, 5.59),
       "Islamic State West Africa Province (ISWAP)", "rebel_group", "Civilians (Nigeria)", "civilians", 41,
       injured=70,
       evidence="On June 5, 2022, gunmen disguised as worshippers opened fire on the congregation during Pentecost Sunday mass and set off explosives at the church's entrance, killing 41 people, including children, and wounding more than 70.",
       bg=True),
    ev(SD, "arrests", "2022-08-15", "month",
       loc("Ondo State", "Ondo State", "Ondo State", "NG", 7.25, 5.19, "admin1"),
       "Military Forces of Nigeria", "state_forces", "Islamic State West Africa Province (ISWAP)", "rebel_group",
       evidence="The defendants were arrested in August 2022 in a joint operation by soldiers and the DSS in Ondo State, the Chief of Defence Staff, General Lucky Irabor, said at the time.",
       bg=True),
    ev(BAT, "armed_clash", "2022-07-15", "month",
       loc("Kuje", "the Kuje medium-security prison on the outskirts of Abuja", "Abuja Federal Capital Territory",
           "NG", 8.88, 7.23),
       "Islamic State West Africa Province (ISWAP)", "rebel_group", "Security Forces of Nigeria", "state_forces",
       1,
       evidence="A month after the Owo attack, ISWAP fighters attacked the Kuje medium-security prison on the outskirts of Abuja, killing a guard and freeing more than 800 inmates, among them dozens of jihadist commanders.",
       bg=True),
]})

# 4 Sudan: an anniversary piece with a fresh commemoration protest
t4 = """Sudanese mark sit-in massacre anniversary with marches; one killed in Omdurman

KHARTOUM (AP) — Sudanese security forces fired tear gas and stun grenades on Friday at thousands of people who marched in the capital to mark the third anniversary of the deadly break-up of a protest camp outside the military headquarters, activists said.

In Omdurman, across the Nile, security forces opened fire on protesters heading for the bridge into Khartoum, killing one man and wounding at least seven, the Central Committee of Sudan Doctors said. The 25-year-old was shot in the chest, the group said.

The marchers in Khartoum carried portraits of those killed on June 3, 2019, when troops, many of them in the uniforms of the paramilitary Rapid Support Forces, stormed the sit-in where protesters had camped for weeks demanding civilian rule after the fall of Omar al-Bashir. At least 87 people were killed that day, according to an official inquiry, while the doctors' committee put the toll at 128. The inquiry's findings have never been published.

Police blocked the main roads leading to the army headquarters with shipping containers and fired volleys of tear gas as the crowd approached Al-Qasr Street, witnesses said. Several protesters were detained.

In Wad Madani, south of the capital, hundreds of people marched peacefully to the city's main square and read out the names of the victims, local activists said.

Friday's protests were also directed against the country's military leader, Gen. Abdel-Fattah Burhan, whose forces seized power on Oct. 25 last year, dissolving the transitional government and detaining Prime Minister Abdalla Hamdok and several ministers. Hamdok was briefly reinstated under a deal with the military but resigned in January.

According to the doctors' committee, 99 people have been killed in the crackdown on protests since the coup.

"Our martyrs of June 3 did not die so that the same generals could rule us," said Samah Abdelrahman, a 31-year-old pharmacist marching in Khartoum's Burri district. "We will keep coming out until they leave."

The military has said it respects the right to peaceful protest and has promised to investigate the killing of demonstrators. The United Nations, the African Union and a regional bloc are trying to broker talks between the generals and civilian groups."""
arts.append({"id": "probe-reports-4", "url": None,
             "title": "Sudanese mark sit-in massacre anniversary with marches; one killed in Omdurman",
             "published": "2022-06-04", "text": t4, "events": [
    ev(PRO, "protest_with_intervention", "2022-06-03", "day",
       loc("Khartoum", "the capital", "Khartoum State", "SD", 15.55, 32.53),
       "Protesters (Sudan)", "protesters", "Security Forces of Sudan", "state_forces",
       evidence="Sudanese security forces fired tear gas and stun grenades on Friday at thousands of people who marched in the capital to mark the third anniversary of the deadly break-up of a protest camp outside the military headquarters, activists said."),
    ev(PRO, "excessive_force_against_protesters", "2022-06-03", "day",
       loc("Omdurman", "Omdurman", "Khartoum State", "SD", 15.64, 32.48),
       "Security Forces of Sudan", "state_forces", "Protesters (Sudan)", "protesters", 1, injured=7,
       evidence="In Omdurman, across the Nile, security forces opened fire on protesters heading for the bridge into Khartoum, killing one man and wounding at least seven, the Central Committee of Sudan Doctors said."),
    ev(PRO, "peaceful_protest", "2022-06-03", "day",
       loc("Wad Medani", "Wad Madani, south of the capital", "Al Jazirah State", "SD", 14.40, 33.52),
       "Protesters (Sudan)", "protesters", None, None,
       evidence="In Wad Madani, south of the capital, hundreds of people marched peacefully to the city's main square and read out the names of the victims, local activists said."),
    ev(PRO, "excessive_force_against_protesters", "2019-06-03", "day",
       loc("Khartoum", "outside the military headquarters", "Khartoum State", "SD", 15.55, 32.53),
       "RSF: Rapid Support Forces", "state_forces", "Protesters (Sudan)", "protesters", 87, 87, 128,
       evidence="The marchers in Khartoum carried portraits of those killed on June 3, 2019, when troops, many of them in the uniforms of the paramilitary Rapid Support Forces, stormed the sit-in where protesters had camped for weeks demanding civilian rule after the fall of Omar al-Bashir.",
       bg=True),
    ev(SD, "other", "2021-10-25", "day",
       loc("Sudan", None, None, "SD", 15.55, 32.53, "country"),
       "Military Forces of Sudan", "state_forces", None, None,
       evidence="Friday's protests were also directed against the country's military leader, Gen. Abdel-Fattah Burhan, whose forces seized power on Oct. 25 last year, dissolving the transitional government and detaining Prime Minister Abdalla Hamdok and several ministers.",
       bg=True),
]})

# 5 Lebanon: obituary of a commander killed in a strike
t5 = """Fuad Shukr: Hezbollah's shadowy military chief, killed in Beirut strike

BEIRUT, Aug 1 - Fuad Shukr, the Hezbollah commander killed in an Israeli strike on Beirut's southern suburbs, spent four decades in the shadows of the group he helped to build, rarely photographed and known to its fighters by his nom de guerre, Hajj Mohsen.

Hezbollah confirmed his death on Wednesday evening after rescuers pulled his body from the rubble of a building in the Haret Hreik neighbourhood. Israeli aircraft fired missiles at the upper floors of the building on Tuesday evening, killing seven people, including Shukr, an Iranian military adviser and two children, and wounding 74 others, Lebanon's health ministry said.

Israel said it targeted Shukr in response to Saturday's rocket strike on a football pitch in the Israeli-occupied Golan Heights town of Majdal Shams, which killed 12 children and teenagers. Israel blamed Hezbollah for the strike; the group denied any role.

Born in 1961 in the Bekaa Valley, Shukr was among the founders of Hezbollah after Israel's 1982 invasion of Lebanon. The United States says he played a central role in planning the bombing of the US Marine barracks at Beirut airport on October 23, 1983, when a suicide bomber drove a truck packed with explosives into the building, killing 241 American service members. The attack was claimed by a group calling itself Islamic Jihad, widely regarded as a forerunner of Hezbollah. Washington had offered a $5 million reward for information on him.

In recent years he served as a senior adviser to Hezbollah leader Hassan Nasrallah and oversaw the group's arsenal of precision-guided missiles, according to Israeli and Western officials.

He is the most senior Hezbollah figure killed since the group began firing at Israel on October 8 in support of its ally Hamas, and the strike was the second on Beirut's southern suburbs since then. In January, an Israeli drone strike in the same district killed Hamas deputy leader Saleh al-Arouri and six other people.

Exchanges of fire continued along the border on Wednesday. Hezbollah said it fired Katyusha rockets at the northern Israeli community of Beit Hillel in response to Israeli strikes on southern villages; Israel's military said there were no injuries.

Nasrallah is expected to speak at Shukr's funeral in the southern suburbs on Thursday afternoon. He has promised a response "at the time and place of our choosing", raising fears of a wider regional war."""
arts.append({"id": "probe-reports-5", "url": None,
             "title": "Fuad Shukr: Hezbollah's shadowy military chief, killed in Beirut strike",
             "published": "2024-08-01", "text": t5, "events": [
    ev(ERV, "air_drone_strike", "2024-07-30", "day",
       loc("Haret Hreik", "the Haret Hreik neighbourhood", "Mount Lebanon", "LB", 33.85, 35.51),
       "Military Forces of Israel", "state_forces", "Hezbollah", "rebel_group", 7, injured=74,
       evidence="Israeli aircraft fired missiles at the upper floors of the building on Tuesday evening, killing seven people, including Shukr, an Iranian military adviser and two children, and wounding 74 others, Lebanon's health ministry said."),
    ev(ERV, "shelling_artillery_missile_attack", "2024-07-27", "day",
       loc("Majdal Shams", "the Israeli-occupied Golan Heights town of Majdal Shams", "Quneitra Governorate", "SY",
           33.27, 35.77),
       "Hezbollah", "rebel_group", "Civilians (Israel)", "civilians", 12,
       evidence="Israel said it targeted Shukr in response to Saturday's rocket strike on a football pitch in the Israeli-occupied Golan Heights town of Majdal Shams, which killed 12 children and teenagers.",
       bg=True),
    ev(ERV, "suicide_bomb", "1983-10-23", "day",
       loc("Beirut", "the US Marine barracks at Beirut airport", "Beirut", "LB", 33.89, 35.50),
       "Islamic Jihad", "rebel_group", "Military Forces of the United States", "state_forces", 241,
       evidence="The United States says he played a central role in planning the bombing of the US Marine barracks at Beirut airport on October 23, 1983, when a suicide bomber drove a truck packed with explosives into the building, killing 241 American service members.",
       bg=True),
    ev(ERV, "air_drone_strike", "2024-01-15", "month",
       loc("Haret Hreik", "the same district", "Mount Lebanon", "LB", 33.85, 35.51),
       "Military Forces of Israel", "state_forces", "Hamas Movement", "rebel_group", 7,
       evidence="In January, an Israeli drone strike in the same district killed Hamas deputy leader Saleh al-Arouri and six other people.",
       bg=True),
    ev(ERV, "shelling_artillery_missile_attack", "2024-07-31", "day",
       loc("Bet Hillel", "the northern Israeli community of Beit Hillel", "Northern District", "IL", 33.21, 35.61),
       "Hezbollah", "rebel_group", None, None, 0, injured=0,
       evidence="Hezbollah said it fired Katyusha rockets at the northern Israeli community of Beit Hillel in response to Israeli strikes on southern villages; Israel's military said there were no injuries."),
]})

# 6 Syria: an interior ministry statement on an operation, arrests and captured weapons
t6 = """Syria says it foiled Islamic State plot to bomb Sayyida Zeinab shrine

DAMASCUS, Jan 11 (Reuters) - Syria's interior ministry said on Saturday its intelligence services had foiled a plot by Islamic State to detonate a bomb inside the Sayyida Zeinab shrine south of Damascus, one of the most visited Shi'ite pilgrimage sites in the region.

The ministry said in a statement carried by the state news agency SANA that agents of the General Intelligence Service had arrested four members of an Islamic State cell in the Sayyida Zeinab area and seized explosive belts and improvised devices that they had prepared for the attack. It did not say when the arrests took place.

In a separate operation, security forces clashed on Friday with gunmen loyal to the ousted government of Bashar al-Assad in the coastal town of Jableh, in Latakia province, killing three of them and arresting 10 others, the ministry said. Two members of the security forces were wounded.

The ministry also said its forces had found a large weapons depot holding anti-tank missiles, rockets and mortar rounds in the town of Nawa, in the southern province of Daraa, on Thursday. It said the depot had belonged to "remnants of the former regime" and that no one was present when it was found.

The shrine, which holds the tomb of a granddaughter of the Prophet Mohammad, has been targeted before. In July 2023, a motorcycle bomb exploded near the shrine, killing six people and wounding dozens, in an attack claimed by Islamic State.

The authorities that took power after rebels led by Hayat Tahrir al-Sham swept into Damascus and toppled Assad on December 8 have sought to reassure Syria's religious minorities, many of whom fear reprisals. Islamic State, which once controlled swathes of Syria and Iraq, still has sleeper cells in the central desert.

The security forces have in recent weeks carried out sweeps in Homs, Tartous and Latakia to root out what they describe as regime remnants who refuse to hand over their weapons. Residents have complained of abuses during some of the raids, which the ministry says it is investigating."""
arts.append({"id": "probe-reports-6", "url": None,
             "title": "Syria says it foiled Islamic State plot to bomb Sayyida Zeinab shrine",
             "published": "2025-01-11", "text": t6, "events": [
    ev(SD, "arrests", "2025-01-11", "week",
       loc("Sayyida Zaynab", "the Sayyida Zeinab area", "Rif Dimashq Governorate", "SY", 33.45, 36.34),
       "Security Forces of Syria (2024-)", "state_forces", "Islamic State", "rebel_group",
       evidence="The ministry said in a statement carried by the state news agency SANA that agents of the General Intelligence Service had arrested four members of an Islamic State cell in the Sayyida Zeinab area and seized explosive belts and improvised devices that they had prepared for the attack."),
    ev(BAT, "armed_clash", "2025-01-10", "day",
       loc("Jableh", "the coastal town of Jableh, in Latakia province", "Latakia Governorate", "SY", 35.36, 35.93),
       "Security Forces of Syria (2024-)", "state_forces", "Unidentified Armed Group (Syria)", "unknown", 3,
       injured=2,
       evidence="In a separate operation, security forces clashed on Friday with gunmen loyal to the ousted government of Bashar al-Assad in the coastal town of Jableh, in Latakia province, killing three of them and arresting 10 others, the ministry said."),
    ev(SD, "disrupted_weapons_use", "2025-01-09", "day",
       loc("Nawa", "the town of Nawa, in the southern province of Daraa", "Daraa Governorate", "SY", 32.89, 36.04),
       "Security Forces of Syria (2024-)", "state_forces", None, None,
       evidence="The ministry also said its forces had found a large weapons depot holding anti-tank missiles, rockets and mortar rounds in the town of Nawa, in the southern province of Daraa, on Thursday."),
    ev(ERV, "remote_explosive_landmine_ied", "2023-07-15", "month",
       loc("Sayyida Zaynab", "near the shrine", "Rif Dimashq Governorate", "SY", 33.45, 36.34),
       "Islamic State", "rebel_group", "Civilians (Syria)", "civilians", 6,
       evidence="In July 2023, a motorcycle bomb exploded near the shrine, killing six people and wounding dozens, in an attack claimed by Islamic State.",
       bg=True),
    ev(BAT, "non_state_actor_overtakes_territory", "2024-12-08", "day",
       loc("Damascus", "Damascus", "Damascus Governorate", "SY", 33.51, 36.29),
       "HTS: Hayat Tahrir al-Sham", "rebel_group", "Military Forces of Syria", "state_forces",
       evidence="The authorities that took power after rebels led by Hayat Tahrir al-Sham swept into Damascus and toppled Assad on December 8 have sought to reassure Syria's religious minorities, many of whom fear reprisals.",
       bg=True),
]})

# 7 Ukraine: an open-source investigation attributing an earlier strike
t7 = """Investigation: cluster-armed Iskander missile killed children at Kryvyi Rih playground

By our visual investigations team

The missile that killed 20 people, nine of them children, near a playground in Kryvyi Rih on April 4 was a Russian Iskander-M ballistic missile fitted with a cluster warhead, an analysis of photographs, videos and fragments collected at the site shows.

The strike hit a residential street in the city's Ternivskyi district at about 6.45pm local time, as families gathered in a small park between apartment blocks. More than 70 people were injured, according to the regional military administration.

Russia's defence ministry said at the time that it had carried out a "precision strike" with a high-explosive warhead on a restaurant where Ukrainian commanders and Western instructors were meeting, killing up to 85 servicemen. Our analysis found no evidence of a restaurant at the point of impact or of military casualties, and Ukrainian officials said all the dead were civilians.

We geolocated 23 videos filmed in the minutes after the strike and mapped the positions of more than 300 impact craters left by submunitions, spread over an oval roughly 400 metres long. Three weapons experts who reviewed our material said the pattern was consistent with a 9N722K5 cluster warhead, which scatters 54 fragmentation bomblets at a preset altitude. A fragment of a rocket motor photographed by local journalists bears markings matching those of the Iskander-M.

The use of cluster munitions in a populated area is prohibited for states party to the 2008 Convention on Cluster Munitions; neither Russia nor Ukraine has signed it.

Our team used similar methods to trace the missile that hit the Okhmatdyt children's hospital in Kyiv on July 8 last year, killing two adults. That missile was a Kh-101 cruise missile, a finding Russia also disputed.

Kryvyi Rih, the home city of President Volodymyr Zelensky, remains a frequent target. On Monday night, Russian attack drones hit a private house and a transport company in the city's south, injuring three people, the head of the city's defence council, Oleksandr Vilkul, said.

Russia's defence ministry did not respond to a request for comment on our findings."""
arts.append({"id": "probe-reports-7", "url": None,
             "title": "Investigation: cluster-armed Iskander missile killed children at Kryvyi Rih playground",
             "published": "2025-04-22", "text": t7, "events": [
    ev(ERV, "shelling_artillery_missile_attack", "2025-04-04", "day",
       loc("Kryvyy Rih", "a playground in Kryvyi Rih", "Dnipropetrovsk Oblast", "UA", 47.91, 33.39),
       "Military Forces of Russia", "state_forces", "Civilians (Ukraine)", "civilians", 20, injured=70,
       evidence="The missile that killed 20 people, nine of them children, near a playground in Kryvyi Rih on April 4 was a Russian Iskander-M ballistic missile fitted with a cluster warhead, an analysis of photographs, videos and fragments collected at the site shows."),
    ev(ERV, "shelling_artillery_missile_attack", "2024-07-08", "day",
       loc("Kyiv", "the Okhmatdyt children's hospital in Kyiv", "Kyiv", "UA", 50.45, 30.52),
       "Military Forces of Russia", "state_forces", "Civilians (Ukraine)", "civilians", 2,
       evidence="Our team used similar methods to trace the missile that hit the Okhmatdyt children's hospital in Kyiv on July 8 last year, killing two adults.",
       bg=True),
    ev(ERV, "air_drone_strike", "2025-04-21", "day",
       loc("Kryvyy Rih", "the city's south", "Dnipropetrovsk Oblast", "UA", 47.91, 33.39),
       "Military Forces of Russia", "state_forces", "Civilians (Ukraine)", "civilians", injured=3,
       evidence="On Monday night, Russian attack drones hit a private house and a transport company in the city's south, injuring three people, the head of the city's defence council, Oleksandr Vilkul, said."),
]})

for a in arts:
    for e in a["events"]:
        assert e["evidence"] in a["text"], (a["id"], e["evidence"])
out = Path(__file__).with_name("probe-reports.jsonl")
out.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in arts), encoding="utf-8")
print(out, len(arts), sum(len(a["events"]) for a in arts))
