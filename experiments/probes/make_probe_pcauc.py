"""Builds probe-pcauc.jsonl: own-written articles on armed conflict and political violence in the Caucasus and
Central Asia (a wire on firing across the Armenia-Nakhchivan border, a Kyrgyz daily on a Batken border clash over
water, an anti-terror committee statement on an operation in Dagestan, a live blog on drones over the North Caucasus
and a police-post shooting in Nalchik, a Tbilisi outlet on a dispersed rally and an opposition arrest, a rights
group's release on Kazakh detentions, an explainer on Tajikistan's Gorno-Badakhshan); background paragraphs,
relative and explicit dates, non-events (not dev text)."""
import json
from pathlib import Path


from probe_gold import ev, loc  # noqa: E402


arts = []
BAT, ERV, VAC, PRO, RIO, SD = ("battles", "explosions_remote_violence", "violence_against_civilians", "protests",
                               "riots", "strategic_developments")
MIL = "Military Forces of "


def note(location, text):
    location["coords_note"] = text
    return location


# 1 Armenia-Azerbaijan: wire from Yerevan
t1 = """Armenian soldier killed in first deadly border shooting since peace deal was initialled

YEREVAN, March 12 (AFP) - An Armenian soldier was killed and another wounded when Azerbaijani troops opened fire on an army post near the village of Yeraskh on Wednesday, Armenia's defence ministry said, the first deadly incident on the border since the two countries initialled a peace treaty last year.

The ministry said Azerbaijani units fired small arms and a grenade launcher at the post, which faces Azerbaijan's Nakhchivan exclave, for about 40 minutes from shortly after 7 pm. The wounded soldier was taken to hospital in Yerevan and his condition was stable.

Baku gave a different account. Azerbaijan's defence ministry said Armenian forces had fired mortars at its positions near Sadarak, in Nakhchivan, earlier on Wednesday, and that its troops had "taken retaliatory measures". A shell landed in a field near a farm, the ministry said, but nobody on the Azerbaijani side was hurt.

Yerevan denied that its troops had used mortars. Neither account could be verified independently.

The shooting came a day after Armenian border guards detained an Azerbaijani serviceman who had crossed into Syunik province near the village of Nerkin Hand on Tuesday. Armenia said the man was unarmed and appeared to have lost his way; Baku has asked for his return.

Prime Minister Nikol Pashinyan called for calm and said the incident "must not derail" the peace process. Opposition lawmakers demanded an emergency session of parliament.

At a summit at the White House on 8 August 2025, Pashinyan and Azerbaijani President Ilham Aliyev initialled the text of a peace agreement meant to end more than three decades of conflict. The treaty has not yet been signed.

Azerbaijan retook Nagorno-Karabakh in 2023, and more than 100,000 ethnic Armenians fled the region for Armenia within a week. The European Union keeps a civilian monitoring mission of about 200 people on the Armenian side of the border."""
AZ, AM = MIL + "Azerbaijan", MIL + "Armenia"
arts.append({"id": "probe-pcauc-1", "url": None,
             "title": "Armenian soldier killed in first deadly border shooting since peace deal was initialled",
             "published": "2026-03-12", "text": t1, "events": [
    ev(BAT, "armed_clash", "2026-03-11", "day",
       note(loc("Yeraskh", "the village of Yeraskh", "Ararat", "AM", 39.77, 44.80, "town"),
            "approximate"),
       AZ, "state_forces", AM, "state_forces", 1, injured=1,
       evidence="An Armenian soldier was killed and another wounded when Azerbaijani troops opened fire on an army post near the village of Yeraskh on Wednesday, Armenia's defence ministry said, the first deadly incident on the border since the two countries initialled a peace treaty last year."),
    ev(ERV, "shelling_artillery_missile_attack", "2026-03-11", "day",
       note(loc("Sadarak", "near Sadarak, in Nakhchivan", "Nakhichevan", "AZ", 39.71, 44.88, "town"),
            "approximate"),
       AM, "state_forces", AZ, "state_forces", 0,
       evidence="Azerbaijan's defence ministry said Armenian forces had fired mortars at its positions near Sadarak, in Nakhchivan, earlier on Wednesday, and that its troops had \"taken retaliatory measures\"."),
    ev(SD, "arrests", "2026-03-10", "day",
       note(loc("Syunik", "Syunik province near the village of Nerkin Hand", "Syunik", "AM", 39.21, 46.41, "region"),
            "small border village in Syunik; coordinates of Kapan, the provincial capital"),
       AM, "state_forces", AZ, "state_forces",
       evidence="The shooting came a day after Armenian border guards detained an Azerbaijani serviceman who had crossed into Syunik province near the village of Nerkin Hand on Tuesday."),
    ev(SD, "agreement", "2025-08-08", "day",
       loc("Washington", "the White House", "District of Columbia", "US", 38.90, -77.04),
       "Government of Armenia", "state_forces", "Government of Azerbaijan", "state_forces",
       evidence="At a summit at the White House on 8 August 2025, Pashinyan and Azerbaijani President Ilham Aliyev initialled the text of a peace agreement meant to end more than three decades of conflict.",
       bg=True),
]})

# 2 Kyrgyzstan-Tajikistan: Bishkek daily, Batken border over water
t2 = """Border guard killed as water dispute flares near Kok-Tash; Batken and Sughd governors agree to pull back troops

BATKEN - A Kyrgyz border guard was killed and two others were wounded in an exchange of fire with Tajik border troops near the village of Kok-Tash in Batken district on Monday evening, the Border Service of the State Committee for National Security (GKNB) said.

According to the GKNB, Tajik servicemen opened fire first from positions near the Golovnoi water intake at about 7.30 pm, and Kyrgyz border guards returned fire. The shooting lasted more than an hour. Dushanbe blamed the Kyrgyz side and said three of its servicemen had been wounded.

The shooting followed a brawl earlier in the afternoon, when residents of Kok-Tash and the neighbouring Tajik village of Khojai Alo pelted each other with stones during a quarrel over repairs to an irrigation canal. Four people were injured and the windows of several houses and a shop were smashed, local officials said.

The Ministry of Emergency Situations said about 1,200 residents of Kok-Tash and two nearby villages had been moved to safer places for the night. The Batken-Isfana road was closed to traffic until Tuesday morning.

On Tuesday, the governor of Batken region and the head of Tajikistan's Sughd region met in the Tajik town of Isfara and agreed to withdraw additional troops from the area and to set up a joint group to investigate the incident, the Kyrgyz presidential administration said. The two sides also agreed that water would be shared under the schedule in force last year.

Kok-Tash sits next to one of the most disputed stretches of a frontier of which about a quarter has never been demarcated. On 29 April 2021, a quarrel over surveillance cameras installed at the Golovnoi water intake near the village turned into a gun battle between the two countries' troops; the fighting spread along the border over the next two days and more than 50 people died.

In 2025 the presidents of the two countries signed a treaty on the final demarcation of the border, and officials on both sides had described the area as calm since then."""
KG, TJ = MIL + "Kyrgyzstan", MIL + "Tajikistan"
KOKTASH_NOTE = "village on the Tajik border near Batken; coordinates of Batken town (approximate)"
arts.append({"id": "probe-pcauc-2", "url": None,
             "title": "Border guard killed as water dispute flares near Kok-Tash; Batken and Sughd governors agree to pull back troops",
             "published": "2026-05-19", "text": t2, "events": [
    ev(BAT, "armed_clash", "2026-05-18", "day",
       note(loc("Kok-Tash", "the village of Kok-Tash in Batken district", "Batken", "KG", 40.06, 70.82, "region"),
            KOKTASH_NOTE),
       TJ, "state_forces", KG, "state_forces", 1, injured=5,
       evidence="A Kyrgyz border guard was killed and two others were wounded in an exchange of fire with Tajik border troops near the village of Kok-Tash in Batken district on Monday evening, the Border Service of the State Committee for National Security (GKNB) said."),
    ev(RIO, "mob_violence", "2026-05-18", "day",
       note(loc("Kok-Tash", "Kok-Tash and the neighbouring Tajik village of Khojai Alo", "Batken", "KG", 40.06, 70.82,
                "region"), KOKTASH_NOTE),
       "Rioters (Kyrgyzstan)", "rioters", "Rioters (Tajikistan)", "rioters", injured=4,
       evidence="The shooting followed a brawl earlier in the afternoon, when residents of Kok-Tash and the neighbouring Tajik village of Khojai Alo pelted each other with stones during a quarrel over repairs to an irrigation canal."),
    ev(SD, "agreement", "2026-05-19", "day",
       loc("Isfara", "the Tajik town of Isfara", "Sughd", "TJ", 40.13, 70.63),
       "Government of Kyrgyzstan", "state_forces", "Government of Tajikistan", "state_forces",
       evidence="On Tuesday, the governor of Batken region and the head of Tajikistan's Sughd region met in the Tajik town of Isfara and agreed to withdraw additional troops from the area and to set up a joint group to investigate the incident, the Kyrgyz presidential administration said."),
    ev(BAT, "armed_clash", "2021-04-29", "day",
       note(loc("Kok-Tash", "the Golovnoi water intake near the village", "Batken", "KG", 40.06, 70.82, "region"),
            KOKTASH_NOTE),
       KG, "state_forces", TJ, "state_forces",
       evidence="On 29 April 2021, a quarrel over surveillance cameras installed at the Golovnoi water intake near the village turned into a gun battle between the two countries' troops; the fighting spread along the border over the next two days and more than 50 people died.",
       bg=True),
]})

# 3 Dagestan: anti-terror committee statement
t3 = """INFORMATION MESSAGE OF THE OPERATIONAL HEADQUARTERS IN THE REPUBLIC OF DAGESTAN

Makhachkala, 15 October 2026

On 14 October, the Federal Security Service, together with units of the Russian Guard and the Ministry of Internal Affairs, carried out a counter-terrorist operation in the village of Gubden, Karabudakhkent district, against members of a clandestine cell of the Islamic State international terrorist organisation (banned in the Russian Federation).

The militants were located in a private house on the outskirts of the village. They refused the offer to surrender and opened fire with automatic weapons on the operational group. In the return fire, three militants were neutralised. One officer of the Russian Guard received a gunshot wound and was taken to hospital; his life is not in danger. An assault rifle, two pistols, ammunition and a homemade explosive device were found at the scene.

The same day, two accomplices of the cell, who had provided the militants with food and shelter, were detained in Makhachkala. Criminal cases have been opened under the articles on participation in a terrorist organisation and illegal possession of weapons.

During a search of a forest area near the village of Zubutli-Miatli in the Kizilyurt district, a cache belonging to the cell was found. It contained two improvised explosive devices ready for use, which were destroyed on site by engineers.

According to the investigation, members of the cell took part in the armed attack on a traffic police patrol on the Makhachkala-Buynaksk highway near Buynaksk on 2 March 2026, in which a police sergeant was killed.

The counter-terrorist operation regime introduced in Karabudakhkent district at 05:30 on 14 October was lifted at 20:00. The operational headquarters thanks the residents for their understanding and asks them to report any information about suspicious persons by telephone."""
RU_SEC, RU_POL = "Security Forces of Russia", "Police Forces of Russia"
IS = "Islamic State"
arts.append({"id": "probe-pcauc-3", "url": None,
             "title": "INFORMATION MESSAGE OF THE OPERATIONAL HEADQUARTERS IN THE REPUBLIC OF DAGESTAN",
             "published": "2026-10-15", "text": t3, "events": [
    ev(BAT, "armed_clash", "2026-10-14", "day",
       note(loc("Gubden", "the village of Gubden, Karabudakhkent district", "Dagestan", "RU", 42.57, 47.56, "town"),
            "approximate"),
       RU_SEC, "state_forces", IS, "rebel_group", 3, injured=1,
       evidence="On 14 October, the Federal Security Service, together with units of the Russian Guard and the Ministry of Internal Affairs, carried out a counter-terrorist operation in the village of Gubden, Karabudakhkent district, against members of a clandestine cell of the Islamic State international terrorist organisation (banned in the Russian Federation)."),
    ev(SD, "arrests", "2026-10-14", "day",
       loc("Makhachkala", "Makhachkala", "Dagestan", "RU", 42.98, 47.50),
       RU_SEC, "state_forces", IS, "rebel_group",
       evidence="The same day, two accomplices of the cell, who had provided the militants with food and shelter, were detained in Makhachkala."),
    ev(SD, "disrupted_weapons_use", "2026-10-15", "week",
       note(loc("Zubutli-Miatli", "a forest area near the village of Zubutli-Miatli in the Kizilyurt district",
                "Dagestan", "RU", 43.20, 46.87, "region"),
            "small village in Kizilyurt district; coordinates of Kizilyurt"),
       RU_SEC, "state_forces", IS, "rebel_group",
       evidence="During a search of a forest area near the village of Zubutli-Miatli in the Kizilyurt district, a cache belonging to the cell was found."),
    ev(BAT, "armed_clash", "2026-03-02", "day",
       loc("Buynaksk", "the Makhachkala-Buynaksk highway near Buynaksk", "Dagestan", "RU", 42.82, 47.12),
       IS, "rebel_group", RU_POL, "state_forces", 1,
       evidence="According to the investigation, members of the cell took part in the armed attack on a traffic police patrol on the Makhachkala-Buynaksk highway near Buynaksk on 2 March 2026, in which a police sergeant was killed.",
       bg=True),
]})

# 4 North Caucasus and southern Russia: live blog
t4 = """LIVE: Drones hit Grozny and Tuapse overnight; gunman shot dead after attack on Nalchik police post

Wednesday 4 November

09:52 That's all from us for now. Summary of the main developments so far:
- Two police officers were injured when a drone struck a police building in Grozny overnight
- A fire broke out at the oil terminal in Tuapse after a drone attack; no casualties
- Air defences shot down drones over North Ossetia, the defence ministry says
- A gunman who attacked a traffic police post in Nalchik last night was killed

09:31 Grozny and Vladikavkaz airports have resumed flights after restrictions were lifted at 09:00, the aviation authority said.

08:47 Chechen leader Ramzan Kadyrov has written on Telegram that those responsible for the attack on Grozny "will answer for it". He said the building that was hit belonged to a police regiment and that both injured officers were in a satisfactory condition.

08:10 In Kabardino-Balkaria, the republic's interior ministry says a man armed with a hunting rifle opened fire on a traffic police post on the northern edge of Nalchik late on Tuesday, wounding two officers. Police returned fire and the attacker was killed at the scene. His identity and motives are being established; investigators have opened a case of attempted murder of law enforcement officers.

07:35 Russia's defence ministry says air defence systems destroyed six Ukrainian drones over North Ossetia overnight, some of them near the town of Mozdok, where a military airfield is located. The ministry does not report damage.

06:58 Krasnodar region's operational headquarters says a drone attack caused a fire at the oil terminal in the Black Sea port of Tuapse overnight. The fire covering 300 square metres was put out by 06:20 and nobody was hurt. A source in Ukraine's security services told Ukrainian media that its drones had targeted the terminal.

06:12 Our correspondent in Grozny reports that residents of the Staropromyslovsky district were woken by a loud explosion shortly after 3 am. According to the head of Chechnya's interior ministry, a Ukrainian drone struck the roof of a police building in the city overnight, injuring two officers and blowing out windows in neighbouring apartment blocks.

Background: Grozny lies more than 800 km from the front line, but has been targeted before. In December 2024, a drone hit the base of a Chechen police regiment in the city, injuring several officers, and Kadyrov said Russia should "respond harshly"."""
UA = MIL + "Ukraine"
RU = MIL + "Russia"
arts.append({"id": "probe-pcauc-4", "url": None,
             "title": "LIVE: Drones hit Grozny and Tuapse overnight; gunman shot dead after attack on Nalchik police post",
             "published": "2026-11-04", "text": t4, "events": [
    ev(ERV, "air_drone_strike", "2026-11-04", "day",
       loc("Grozny", "Grozny", "Chechnya", "RU", 43.31, 45.69),
       UA, "state_forces", RU_POL, "state_forces", injured=2,
       evidence="According to the head of Chechnya's interior ministry, a Ukrainian drone struck the roof of a police building in the city overnight, injuring two officers and blowing out windows in neighbouring apartment blocks."),
    ev(ERV, "air_drone_strike", "2026-11-04", "day",
       loc("Tuapse", "the Black Sea port of Tuapse", "Krasnodar Krai", "RU", 44.10, 39.08),
       UA, "state_forces", None, None, 0,
       evidence="Krasnodar region's operational headquarters says a drone attack caused a fire at the oil terminal in the Black Sea port of Tuapse overnight."),
    ev(SD, "disrupted_weapons_use", "2026-11-04", "day",
       loc("Mozdok", "over North Ossetia overnight, some of them near the town of Mozdok", "North Ossetia–Alania",
           "RU", 43.75, 44.65, "region"),
       RU, "state_forces", UA, "state_forces",
       evidence="Russia's defence ministry says air defence systems destroyed six Ukrainian drones over North Ossetia overnight, some of them near the town of Mozdok, where a military airfield is located."),
    ev(BAT, "armed_clash", "2026-11-03", "day",
       loc("Nalchik", "the northern edge of Nalchik", "Kabardino-Balkariya Republic", "RU", 43.50, 43.62),
       "Unidentified Armed Group (Russia)", "unknown", RU_POL, "state_forces", 1, injured=2,
       evidence="In Kabardino-Balkaria, the republic's interior ministry says a man armed with a hunting rifle opened fire on a traffic police post on the northern edge of Nalchik late on Tuesday, wounding two officers."),
    ev(ERV, "air_drone_strike", "2024-12-15", "month",
       loc("Grozny", "in the city", "Chechnya", "RU", 43.31, 45.69),
       "Unidentified Military Forces (drone)", "unknown", RU_POL, "state_forces",
       evidence="In December 2024, a drone hit the base of a Chechen police regiment in the city, injuring several officers, and Kadyrov said Russia should \"respond harshly\".",
       bg=True),
]})

# 5 Georgia: Tbilisi online outlet
t5 = """Police disperse Rustaveli rally with water cannon; opposition leader detained at dawn

TBILISI, 13 April 2026 - Riot police used water cannon and pepper spray to clear several thousand protesters from Rustaveli Avenue in front of the parliament building late on Sunday, detaining at least 27 people. The Public Defender's office said at least 14 people, among them three journalists, were treated for injuries; the interior ministry said four officers were hurt.

The rally had been called after parliament passed in its first reading a bill that would ban several opposition parties. Protesters blocked the avenue from about 8 pm. Shortly before midnight, police ordered them to leave and then moved in with water cannon trucks from the direction of Freedom Square. The crowd scattered into side streets, and small groups regathered near the Philharmonic before dispersing at about 2 am.

Early on Monday, police detained Levan Gogoladze, a leader of the opposition Coalition for Change, at his flat in the Saburtalo district. The interior ministry said he was suspected of organising "group violence" on Sunday night. His lawyer said the arrest was politically motivated. Gogoladze is the fourth opposition figure to be detained this year.

In Batumi, several hundred people marched along the seafront on Sunday evening in support of the Tbilisi protesters. The march ended peacefully.

Demonstrations against the governing Georgian Dream party have been held almost every night since November 2024, when the government suspended talks on joining the European Union. The largest confrontation came on 4 October 2025, local election day, when protesters broke through the gates of the presidential palace on Atoneli Street and police drove them back with water cannon and tear gas.

The European Union's foreign policy chief said the bloc was "deeply concerned" by Sunday's events and urged the authorities to release those detained. Georgian Dream says the protests are financed from abroad."""
GE_POL, GE_PRO = "Police Forces of Georgia", "Protesters (Georgia)"
TBILISI = ("Tbilisi", "Tbilisi", "GE", 41.69, 44.83)
arts.append({"id": "probe-pcauc-5", "url": None,
             "title": "Police disperse Rustaveli rally with water cannon; opposition leader detained at dawn",
             "published": "2026-04-13", "text": t5, "events": [
    ev(PRO, "protest_with_intervention", "2026-04-12", "day",
       loc("Tbilisi", "Rustaveli Avenue in front of the parliament building", *TBILISI[1:]),
       GE_PRO, "protesters", GE_POL, "state_forces", injured=18,
       evidence="Riot police used water cannon and pepper spray to clear several thousand protesters from Rustaveli Avenue in front of the parliament building late on Sunday, detaining at least 27 people."),
    ev(SD, "arrests", "2026-04-13", "day",
       loc("Tbilisi", "his flat in the Saburtalo district", *TBILISI[1:]),
       GE_POL, "state_forces", "Civilians (Georgia)", "civilians",
       evidence="Early on Monday, police detained Levan Gogoladze, a leader of the opposition Coalition for Change, at his flat in the Saburtalo district."),
    ev(PRO, "peaceful_protest", "2026-04-12", "day",
       loc("Batumi", "Batumi", "Adjara", "GE", 41.64, 41.63),
       GE_PRO, "protesters", None, None,
       evidence="In Batumi, several hundred people marched along the seafront on Sunday evening in support of the Tbilisi protesters."),
    ev(RIO, "violent_demonstration", "2025-10-04", "day",
       loc("Tbilisi", "the presidential palace on Atoneli Street", *TBILISI[1:]),
       "Rioters (Georgia)", "rioters", GE_POL, "state_forces",
       evidence="The largest confrontation came on 4 October 2025, local election day, when protesters broke through the gates of the presidential palace on Atoneli Street and police drove them back with water cannon and tear gas.",
       bg=True),
]})

# 6 Kazakhstan: rights group's release
t6 = """Kazakhstan: Free those detained for peaceful protest in Almaty

Public statement, 10 June 2026

The Steppe Rights Monitor calls on the Kazakh authorities to release immediately everyone detained for taking part in a peaceful gathering in Almaty on Saturday and to stop harassing opposition activists.

On 6 June, about 150 people gathered near the Abai monument in central Almaty to protest against proposed amendments to the law on peaceful assemblies. Within twenty minutes police surrounded the crowd and detained at least 35 people, pushing them into buses. Several detainees told our monitors they were kicked and punched inside the buses. Most were released that night, but on 8 June a district court in Almaty sentenced 18 of them to between five and fifteen days of administrative detention.

Two days before the gathering, on 4 June, police in Astana detained three members of the unregistered Democratic Party at their homes and held them for 48 hours without charge. Their lawyers say the detentions were meant to prevent them from travelling to Almaty.

Not every gathering was broken up. On 5 June, about 200 oil workers held a sit-in outside the town administration in Zhanaozen to demand the payment of wage arrears; police watched but did not intervene, and the workers dispersed after officials agreed to meet them.

The authorities' response must be seen against the memory of January 2022, when protests over fuel prices spread across the country. On 5 January 2022, crowds stormed the Almaty city administration building and set it on fire. The government later said 238 people were killed in the unrest nationwide, most of them in Almaty.

Zhanaozen itself has a painful history. On 16 December 2011, police opened fire on striking oil workers and residents in the town's central square, killing at least 14 people.

We urge the government to withdraw the draft amendments, which would further restrict the right to peaceful assembly, and to investigate the allegations of ill-treatment in police custody."""
KZ_POL, KZ_PRO = "Police Forces of Kazakhstan", "Protesters (Kazakhstan)"
ALMATY = ("Almaty Qalasy", "KZ", 43.25, 76.95)
arts.append({"id": "probe-pcauc-6", "url": None,
             "title": "Kazakhstan: Free those detained for peaceful protest in Almaty",
             "published": "2026-06-10", "text": t6, "events": [
    ev(PRO, "protest_with_intervention", "2026-06-06", "day",
       loc("Almaty", "near the Abai monument in central Almaty", *ALMATY),
       KZ_PRO, "protesters", KZ_POL, "state_forces",
       evidence="On 6 June, about 150 people gathered near the Abai monument in central Almaty to protest against proposed amendments to the law on peaceful assemblies."),
    ev(SD, "arrests", "2026-06-04", "day",
       loc("Astana", "Astana", "Astana", "KZ", 51.18, 71.45),
       KZ_POL, "state_forces", "Civilians (Kazakhstan)", "civilians",
       evidence="Two days before the gathering, on 4 June, police in Astana detained three members of the unregistered Democratic Party at their homes and held them for 48 hours without charge."),
    ev(PRO, "peaceful_protest", "2026-06-05", "day",
       loc("Zhanaozen", "the town administration in Zhanaozen", "Mangghystau", "KZ", 43.34, 52.86),
       KZ_PRO, "protesters", None, None,
       evidence="On 5 June, about 200 oil workers held a sit-in outside the town administration in Zhanaozen to demand the payment of wage arrears; police watched but did not intervene, and the workers dispersed after officials agreed to meet them."),
    ev(RIO, "violent_demonstration", "2022-01-05", "day",
       loc("Almaty", "the Almaty city administration building", *ALMATY),
       "Rioters (Kazakhstan)", "rioters", None, None,
       evidence="On 5 January 2022, crowds stormed the Almaty city administration building and set it on fire.",
       bg=True),
    ev(PRO, "excessive_force_against_protesters", "2011-12-16", "day",
       loc("Zhanaozen", "the town's central square", "Mangghystau", "KZ", 43.34, 52.86),
       KZ_PRO, "protesters", KZ_POL, "state_forces", 14, 14,
       evidence="On 16 December 2011, police opened fire on striking oil workers and residents in the town's central square, killing at least 14 people.",
       bg=True),
]})

# 7 Tajikistan: explainer on Gorno-Badakhshan
t7 = """Explainer: Why Tajikistan's Pamir region is on edge again

DUSHANBE, Sept 17 - Tajik security forces killed a prominent informal leader in Khorog, the capital of the mountainous Gorno-Badakhshan region, on Tuesday, setting off the first street protest in the region in more than four years. Here is what we know and why it matters.

What happened?

The interior ministry said officers tried to arrest the man, whom it accused of running a drug-smuggling network, at a house in the Khorog district of Barchid on Tuesday afternoon. His bodyguards opened fire, the ministry said, and in the shootout that followed he and two of the guards were killed and one officer was wounded. Relatives dispute this and say he was unarmed.

On Wednesday, several hundred residents gathered outside the regional administration building in Khorog to demand that the bodies be handed over for burial. Police fired tear gas and stun grenades to disperse the crowd, and witnesses said dozens of people were hurt.

Relatives and a local lawyer said police detained at least 11 men in raids on homes in Khorog overnight, accusing them of organising the protest. Mobile internet in the region has been cut since Tuesday, and the road from Dushanbe is closed at checkpoints.

Who are the informal leaders?

Gorno-Badakhshan, home to about 220,000 mostly Ismaili Pamiris, has long been run in practice by former commanders of the 1992-97 civil war who kept local authority after the peace deal. Dushanbe has tried for years to bring the region under its full control.

Why does it matter?

Every major crackdown in the region has followed a single killing. In November 2021, police shot dead a local man, Gulbiddin Ziyobekov, in the village of Tavdem in Roshtqala district. Days later, security forces opened fire on people protesting his death outside the regional administration in Khorog, killing two.

In May 2022, security forces broke up protesters who had blocked the Pamir Highway in Rushan district; the authorities called it an anti-terrorist operation, and rights groups say dozens of people were killed there.

What happens next?

The government says order has been restored and it has sent additional Interior Ministry troops to the region. Residents fear a new wave of detentions. Ismaili leaders abroad have called for restraint on both sides."""
TJ_POL, TJ_PRO = "Police Forces of Tajikistan", "Protesters (Tajikistan)"
KHOROG = ("Gorno-Badakhshan", "TJ", 37.49, 71.55)
arts.append({"id": "probe-pcauc-7", "url": None,
             "title": "Explainer: Why Tajikistan's Pamir region is on edge again",
             "published": "2026-09-17", "text": t7, "events": [
    ev(BAT, "armed_clash", "2026-09-15", "day",
       loc("Khorog", "a house in the Khorog district of Barchid", *KHOROG),
       TJ_POL, "state_forces", "Unidentified Armed Group (Tajikistan)", "unknown", 3, injured=1,
       evidence="His bodyguards opened fire, the ministry said, and in the shootout that followed he and two of the guards were killed and one officer was wounded."),
    ev(PRO, "protest_with_intervention", "2026-09-16", "day",
       loc("Khorog", "outside the regional administration building in Khorog", *KHOROG),
       TJ_PRO, "protesters", TJ_POL, "state_forces",
       evidence="On Wednesday, several hundred residents gathered outside the regional administration building in Khorog to demand that the bodies be handed over for burial."),
    ev(SD, "arrests", "2026-09-17", "day",
       loc("Khorog", "homes in Khorog", *KHOROG),
       TJ_POL, "state_forces", "Civilians (Tajikistan)", "civilians",
       evidence="Relatives and a local lawyer said police detained at least 11 men in raids on homes in Khorog overnight, accusing them of organising the protest."),
    ev(VAC, "attack", "2021-11-15", "month",
       note(loc("Tavdem", "the village of Tavdem in Roshtqala district", "Gorno-Badakhshan", "TJ", 37.49, 71.55,
                "region"), "village in Roshtqala district; coordinates of Khorog"),
       TJ_POL, "state_forces", "Civilians (Tajikistan)", "civilians", 1,
       evidence="In November 2021, police shot dead a local man, Gulbiddin Ziyobekov, in the village of Tavdem in Roshtqala district.",
       bg=True),
    ev(PRO, "excessive_force_against_protesters", "2021-11-15", "month",
       loc("Khorog", "outside the regional administration in Khorog", *KHOROG),
       TJ_PRO, "protesters", "Security Forces of Tajikistan", "state_forces", 2,
       evidence="Days later, security forces opened fire on people protesting his death outside the regional administration in Khorog, killing two.",
       bg=True),
    ev(PRO, "excessive_force_against_protesters", "2022-05-15", "month",
       note(loc("Rushan", "the Pamir Highway in Rushan district", "Gorno-Badakhshan", "TJ", 37.94, 71.56, "region"),
            "district centre Rushan (Vomar); approximate"),
       TJ_PRO, "protesters", "Security Forces of Tajikistan", "state_forces",
       evidence="In May 2022, security forces broke up protesters who had blocked the Pamir Highway in Rushan district; the authorities called it an anti-terrorist operation, and rights groups say dozens of people were killed there.",
       bg=True),
]})

for a in arts:
    for e in a["events"]:
        assert e["evidence"] in a["text"], (a["id"], e["evidence"])
out = Path(__file__).with_name("probe-pcauc.jsonl")
out.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in arts), encoding="utf-8")
print(out, len(arts), sum(len(a["events"]) for a in arts))
