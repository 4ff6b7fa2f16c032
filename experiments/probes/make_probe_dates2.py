"""Builds probe-dates2.jsonl: own-written articles on how news tells WHEN, second round (not dev text).

Stress: explicit days ("on May 8", "3 March", "January 9th"), weekdays days before publication,
"late Sunday", "in the early hours of Tuesday", "at the weekend", "last week", "earlier this month",
"two days ago", "the previous day", "the day before", "on the eve of ...", a weekday given only in
the headline, datelines whose date differs from the publication date, strikes told across midnight,
several days in one article and dated background incidents.
"""
import json
from pathlib import Path

from probe_gold import ev, loc  # noqa: E402

arts = []

# 1 DR Congo: explicit "on May 8" four days before a Wednesday publication; dateline of the day before;
#   "in the early hours of Monday"; "earlier this month" background
t1 = """GOMA, Democratic Republic of Congo, May 13 (Reuters) - Fighting between M23 rebels and pro-government Wazalendo militiamen for control of Masisi town in North Kivu on May 8 left at least 17 people dead, local officials said on Tuesday, in one of the deadliest flare-ups since a ceasefire was announced.

Officials said bodies were still being collected from the streets and a health centre had been looted.

In the early hours of Monday, a drone struck an M23 position on the outskirts of Walikale, the rebel group said, blaming the Congolese army. It did not say whether any of its fighters were hurt.

The army did not respond to requests for comment. A military spokesman in Kinshasa had said last month that drones were used only against "legitimate targets".

Aid agencies say more than 7 million people are displaced inside Congo, most of them in the eastern provinces, where dozens of armed groups compete for land and mineral wealth. Talks between the government and the rebels, mediated by Qatar, have stalled over the release of prisoners.

Earlier this month, ADF militants linked to Islamic State killed 23 villagers with machetes in Lubero territory, further north, according to civil society groups."""
arts.append({"id": "probe-dates2-1", "url": None, "title": None, "published": "2025-05-14", "text": t1, "events": [
    ev("battles", "armed_clash", "2025-05-08", "day",
       loc("Masisi", "Masisi town in North Kivu", "North Kivu", "CD", -1.40, 28.82),
       "M23: March 23 Movement", "rebel_group", "Wazalendo", "political_militia", 17, 17,
       evidence="Fighting between M23 rebels and pro-government Wazalendo militiamen for control of Masisi town in North Kivu on May 8 left at least 17 people dead, local officials said on Tuesday, in one of the deadliest flare-ups since a ceasefire was announced."),
    ev("explosions_remote_violence", "air_drone_strike", "2025-05-12", "day",
       loc("Walikale", "the outskirts of Walikale", "North Kivu", "CD", -1.42, 28.05),
       "Military Forces of Democratic Republic of Congo", "state_forces", "M23: March 23 Movement", "rebel_group",
       evidence="In the early hours of Monday, a drone struck an M23 position on the outskirts of Walikale, the rebel group said, blaming the Congolese army."),
    ev("violence_against_civilians", "attack", "2025-05-07", "month",
       loc("Lubero", "Lubero territory", "North Kivu", "CD", -0.16, 29.24, "region"),
       "ADF: Allied Democratic Forces", "rebel_group", "Civilians (Democratic Republic of Congo)", "civilians", 23,
       evidence="Earlier this month, ADF militants linked to Islamic State killed 23 villagers with machetes in Lubero territory, further north, according to civil society groups.",
       bg=True),
]})

# 2 Ukraine: the day of the lead strike is in the headline only; "late on Tuesday"; "on the eve of the attack"
t2 = """Russian missile kills 11 in Sumy on Sunday, officials say

A Russian ballistic missile slammed into a nine-storey apartment block in the northeastern city of Sumy, killing 11 people, among them two children, and wounding 84, Ukrainian officials said.

Rescue crews worked through the night to pull survivors from the rubble, and the regional authorities declared a day of mourning on Monday.

Late on Tuesday, Russian glide bombs hit the centre of Zaporizhzhia, wounding 17 people, regional governor Ivan Fedorov said on Wednesday.

"My neighbours were asleep when it hit," said Olena, 52, who declined to give her surname. "The whole stairwell simply disappeared."

President Volodymyr Zelenskiy renewed his appeal to Western partners for more air defence systems, saying Russia had launched more than 1,000 glide bombs over the past week.

Moscow has said it targets only military facilities. On the eve of the Sumy attack, Ukrainian drones set an oil depot ablaze in Russia's Bryansk region, according to the regional governor, who reported no casualties."""
arts.append({"id": "probe-dates2-2", "url": None, "title": "Russian missile kills 11 in Sumy on Sunday, officials say",
             "published": "2024-11-20", "text": t2, "events": [
    ev("explosions_remote_violence", "shelling_artillery_missile_attack", "2024-11-17", "day",
       loc("Sumy", "the northeastern city of Sumy", "Sumy Oblast", "UA", 50.91, 34.80),
       "Military Forces of Russia", "state_forces", "Civilians (Ukraine)", "civilians", 11, injured=84,
       evidence="A Russian ballistic missile slammed into a nine-storey apartment block in the northeastern city of Sumy, killing 11 people, among them two children, and wounding 84, Ukrainian officials said."),
    ev("explosions_remote_violence", "air_drone_strike", "2024-11-19", "day",
       loc("Zaporizhzhia", "the centre of Zaporizhzhia", "Zaporizhzhia Oblast", "UA", 47.84, 35.14),
       "Military Forces of Russia", "state_forces", "Civilians (Ukraine)", "civilians", injured=17,
       evidence="Late on Tuesday, Russian glide bombs hit the centre of Zaporizhzhia, wounding 17 people, regional governor Ivan Fedorov said on Wednesday."),
    ev("explosions_remote_violence", "air_drone_strike", "2024-11-16", "day",
       loc("Bryansk", "Russia's Bryansk region", "Bryansk Oblast", "RU", 53.25, 34.37, "admin1"),
       "Military Forces of Ukraine", "state_forces", None, None, 0,
       evidence="On the eve of the Sumy attack, Ukrainian drones set an oil depot ablaze in Russia's Bryansk region, according to the regional governor, who reported no casualties."),
]})

# 3 Nigeria: "at the weekend" on a Monday, a dateline of the Sunday, "on Friday night", "last week" background
t3 = """GUSAU, Nigeria, Feb 11 (AFP) - Armed bandits killed 12 villagers at the weekend in raids on farming communities in Tsafe local government area of Zamfara State, police and residents said.

The gunmen, riding on motorcycles, opened fire on residents and set granaries alight before fleeing into the bush, a police spokesman said.

On Friday night, troops repelled an attack on a military base in Anka, killing nine bandits, the army said in a statement. Two soldiers were wounded.

The raids came after gunmen abducted more than 30 passengers from buses on the Gusau-Funtua road near Tsafe last week. Most of them are still being held, and their families say the kidnappers have demanded ransoms of up to 5 million naira for each captive.

Zamfara is one of several northwestern states where armed gangs, called bandits by locals, rustle livestock and seize people on the roads to sell them back to their families. Thousands of people have fled to camps in Gusau, the state capital, over the past year.

The state governor said on Sunday that he would meet community leaders to discuss the security situation."""
arts.append({"id": "probe-dates2-3", "url": None, "title": None, "published": "2024-02-12", "text": t3, "events": [
    ev("violence_against_civilians", "attack", "2024-02-10", "week",
       loc("Tsafe", "farming communities in Tsafe local government area of Zamfara State", "Zamfara", "NG", 11.96, 6.92, "region"),
       "Unidentified Armed Group (Nigeria)", "unknown", "Civilians (Nigeria)", "civilians", 12,
       evidence="Armed bandits killed 12 villagers at the weekend in raids on farming communities in Tsafe local government area of Zamfara State, police and residents said."),
    ev("battles", "armed_clash", "2024-02-09", "day",
       loc("Anka", "a military base in Anka", "Zamfara", "NG", 12.11, 5.93),
       "Unidentified Armed Group (Nigeria)", "unknown", "Military Forces of Nigeria", "state_forces", 9, injured=2,
       evidence="On Friday night, troops repelled an attack on a military base in Anka, killing nine bandits, the army said in a statement."),
    ev("violence_against_civilians", "abduction_forced_disappearance", "2024-02-08", "week",
       loc("Tsafe", "the Gusau-Funtua road near Tsafe", "Zamfara", "NG", 11.96, 6.92),
       "Unidentified Armed Group (Nigeria)", "unknown", "Civilians (Nigeria)", "civilians",
       evidence="The raids came after gunmen abducted more than 30 passengers from buses on the Gusau-Funtua road near Tsafe last week.",
       bg=True),
]})

# 4 Myanmar: day-month order "on 3 March", "the previous day", "last week" for a town taken
t4 = """Military jets bombed a crowded market in Mrauk-U township of Rakhine State on 3 March, killing nine civilians and wounding more than 20, the Arakan Army said.

A spokesman for the ethnic armed group said two bombs landed near the vegetable stalls shortly after noon. Junta troops had shelled the town of Kyauktaw the previous day, wounding four residents, according to local aid workers.

The air raid came after AA fighters seized the town of Ponnagyun last week, ending weeks of fighting for the last army outpost in the township.

The junta's information team did not respond to questions on Wednesday. State media have previously described the Arakan Army as a terrorist organisation and accused it of using civilians as shields.

The fighting has cut roads and river routes across northern Rakhine, and the World Food Programme has warned of rising hunger among displaced families. Prices of rice and fuel in Sittwe, the state capital, have more than doubled since November, traders said."""
arts.append({"id": "probe-dates2-4", "url": None, "title": None, "published": "2024-03-07", "text": t4, "events": [
    ev("explosions_remote_violence", "air_drone_strike", "2024-03-03", "day",
       loc("Mrauk-U", "a crowded market in Mrauk-U township of Rakhine State", "Rakhine", "MM", 20.59, 93.19, "region"),
       "Military Forces of Myanmar", "state_forces", "Civilians (Myanmar)", "civilians", 9, injured=20,
       evidence="Military jets bombed a crowded market in Mrauk-U township of Rakhine State on 3 March, killing nine civilians and wounding more than 20, the Arakan Army said."),
    ev("explosions_remote_violence", "shelling_artillery_missile_attack", "2024-03-02", "day",
       loc("Kyauktaw", "the town of Kyauktaw", "Rakhine", "MM", 20.84, 92.98),
       "Military Forces of Myanmar", "state_forces", "Civilians (Myanmar)", "civilians", injured=4,
       evidence="Junta troops had shelled the town of Kyauktaw the previous day, wounding four residents, according to local aid workers."),
    ev("battles", "non_state_actor_overtakes_territory", "2024-02-29", "week",
       loc("Ponnagyun", "the town of Ponnagyun", "Rakhine", "MM", 20.33, 93.01),
       "AA: Arakan Army", "rebel_group", "Military Forces of Myanmar", "state_forces",
       evidence="The air raid came after AA fighters seized the town of Ponnagyun last week, ending weeks of fighting for the last army outpost in the township.",
       bg=True),
]})

# 5 Lebanon: dateline Oct 2, published Oct 3; strikes "late on Tuesday and into the early hours of Wednesday";
#   "the day before" anchored on the previous sentence; "on 27 September" background
t5 = """BEIRUT, Oct 2 (AFP) - Israeli jets pounded what the military called Hezbollah weapons depots in Beirut's southern suburbs late on Tuesday and into the early hours of Wednesday, killing six people, Lebanon's health ministry said.

On Wednesday, Israeli soldiers and Hezbollah fighters fought at close range in the border village of Odaisseh, and the Israeli army said eight of its soldiers were killed.

The day before, an Israeli drone hit a car on the coastal road near Tyre, killing two men whom Hezbollah later named as its members.

Israel has ordered residents of dozens of villages in southern Lebanon to move north of the Awali river, and the United Nations says more than a million people have been displaced.

"We left with nothing but our children," said a woman sheltering in a school in Sidon.

The escalation follows the killing of Hezbollah chief Hassan Nasrallah in an Israeli air strike on Beirut on 27 September."""
arts.append({"id": "probe-dates2-5", "url": None, "title": None, "published": "2024-10-03", "text": t5, "events": [
    ev("explosions_remote_violence", "air_drone_strike", "2024-10-01", "day",
       loc("Beirut", "Beirut's southern suburbs", "Beyrouth", "LB", 33.89, 35.50, "region"),
       "Military Forces of Israel", "state_forces", "Hezbollah", "rebel_group", 6,
       evidence="Israeli jets pounded what the military called Hezbollah weapons depots in Beirut's southern suburbs late on Tuesday and into the early hours of Wednesday, killing six people, Lebanon's health ministry said."),
    ev("battles", "armed_clash", "2024-10-02", "day",
       loc("Odaisseh", "the border village of Odaisseh", "Nabatieh", "LB", 33.25, 35.53),
       "Military Forces of Israel", "state_forces", "Hezbollah", "rebel_group", 8,
       evidence="On Wednesday, Israeli soldiers and Hezbollah fighters fought at close range in the border village of Odaisseh, and the Israeli army said eight of its soldiers were killed."),
    ev("explosions_remote_violence", "air_drone_strike", "2024-10-01", "day",
       loc("Tyre", "the coastal road near Tyre", "South Governorate", "LB", 33.27, 35.20),
       "Military Forces of Israel", "state_forces", "Hezbollah", "rebel_group", 2,
       evidence="The day before, an Israeli drone hit a car on the coastal road near Tyre, killing two men whom Hezbollah later named as its members."),
    ev("explosions_remote_violence", "air_drone_strike", "2024-09-27", "day",
       loc("Beirut", "Beirut", "Beyrouth", "LB", 33.89, 35.50),
       "Military Forces of Israel", "state_forces", "Hezbollah", "rebel_group", 1,
       evidence="The escalation follows the killing of Hezbollah chief Hassan Nasrallah in an Israeli air strike on Beirut on 27 September.",
       bg=True),
]})

# 6 Mexico: "two days ago" in the lede, "on Sunday", ordinal "January 9th" background
t6 = """Gunmen shot dead five men at a car wash in Culiacan, the capital of Sinaloa state, two days ago, state prosecutors said on Monday, as a feud between rival cartel factions showed no sign of easing.

The attackers arrived in two pickup trucks and fired dozens of rounds before driving off, the prosecutors said. No arrests have been made.

Residents of Culiacan say schools and shops have closed early for months, and many families no longer go out after dark. Business leaders estimate that thousands of jobs have been lost. The federal government has sent hundreds of extra troops to the state since the autumn, but residents say the patrols rarely reach the outlying neighbourhoods where most of the killings take place.

On Sunday, soldiers clashed with gunmen of the Sinaloa Cartel near Navolato, west of the city, and killed three of them, the defence ministry said. One soldier was wounded.

The state's police have been on alert since January 9th, when an armed group ambushed a police patrol near Mazatlan, killing two officers."""
arts.append({"id": "probe-dates2-6", "url": None, "title": None, "published": "2025-01-20", "text": t6, "events": [
    ev("violence_against_civilians", "attack", "2025-01-18", "day",
       loc("Culiacan", "a car wash in Culiacan", "Sinaloa", "MX", 24.80, -107.39),
       "Unidentified Armed Group (Mexico)", "unknown", "Civilians (Mexico)", "civilians", 5,
       evidence="Gunmen shot dead five men at a car wash in Culiacan, the capital of Sinaloa state, two days ago, state prosecutors said on Monday, as a feud between rival cartel factions showed no sign of easing."),
    ev("battles", "armed_clash", "2025-01-19", "day",
       loc("Navolato", "near Navolato", "Sinaloa", "MX", 24.77, -107.70),
       "Military Forces of Mexico", "state_forces", "Sinaloa Cartel", "political_militia", 3, injured=1,
       evidence="On Sunday, soldiers clashed with gunmen of the Sinaloa Cartel near Navolato, west of the city, and killed three of them, the defence ministry said."),
    ev("battles", "armed_clash", "2025-01-09", "day",
       loc("Mazatlan", "near Mazatlan", "Sinaloa", "MX", 23.23, -106.41),
       "Unidentified Armed Group (Mexico)", "unknown", "Police Forces of Mexico", "state_forces", 2,
       evidence="The state's police have been on alert since January 9th, when an armed group ambushed a police patrol near Mazatlan, killing two officers.",
       bg=True),
]})

# 7 Pakistan: Wednesday publication with "on Monday night", "in the early hours of Tuesday", "late Sunday",
#   and an explicit "On July 30" background
t7 = """PESHAWAR: Militants attacked a police checkpost in Dera Ismail Khan district on Monday night, killing three policemen, officials said.

In the early hours of Tuesday, security forces killed four militants in an intelligence-based operation in Mir Ali, North Waziristan, the military's media wing said. The militants had opened fire on the troops as they approached a hideout.

Late Sunday, a roadside bomb struck a van carrying labourers in Tank district, wounding five of them, police said.

The operation was continuing in the area, and weapons and ammunition were recovered from the hideout, the statement added.

Provincial officials said the police had been asked to increase patrols on highways ahead of the holiday. "Our men are at the front line and they are paying the price," a senior police officer in Dera Ismail Khan said.

Khyber Pakhtunkhwa has seen a surge in violence this summer, which the government blames on militants operating from across the border in Afghanistan. On July 30, a suicide bomber blew himself up at a political rally in Khar, Bajaur, killing 63 people."""
arts.append({"id": "probe-dates2-7", "url": None, "title": None, "published": "2023-08-16", "text": t7, "events": [
    ev("battles", "armed_clash", "2023-08-14", "day",
       loc("Dera Ismail Khan", "Dera Ismail Khan district", "Khyber Pakhtunkhwa", "PK", 31.83, 70.90, "region"),
       "Unidentified Armed Group (Pakistan)", "unknown", "Police Forces of Pakistan", "state_forces", 3,
       evidence="Militants attacked a police checkpost in Dera Ismail Khan district on Monday night, killing three policemen, officials said."),
    ev("battles", "armed_clash", "2023-08-15", "day",
       loc("Mir Ali", "Mir Ali, North Waziristan", "Khyber Pakhtunkhwa", "PK", 32.97, 70.27),
       "Military Forces of Pakistan", "state_forces", "Unidentified Armed Group (Pakistan)", "unknown", 4,
       evidence="In the early hours of Tuesday, security forces killed four militants in an intelligence-based operation in Mir Ali, North Waziristan, the military's media wing said."),
    ev("explosions_remote_violence", "remote_explosive_landmine_ied", "2023-08-13", "day",
       loc("Tank", "Tank district", "Khyber Pakhtunkhwa", "PK", 32.22, 70.38, "region"),
       "Unidentified Armed Group (Pakistan)", "unknown", "Civilians (Pakistan)", "civilians", injured=5,
       evidence="Late Sunday, a roadside bomb struck a van carrying labourers in Tank district, wounding five of them, police said."),
    ev("explosions_remote_violence", "suicide_bomb", "2023-07-30", "day",
       loc("Khar", "Khar, Bajaur", "Khyber Pakhtunkhwa", "PK", 34.72, 71.52),
       "Unidentified Armed Group (Pakistan)", "unknown", "Civilians (Pakistan)", "civilians", 63,
       evidence="On July 30, a suicide bomber blew himself up at a political rally in Khar, Bajaur, killing 63 people.",
       bg=True),
]})

out = Path(__file__).with_name("probe-dates2.jsonl")
out.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in arts), encoding="utf-8")
for a in arts:
    for e in a["events"]:
        assert e["evidence"] in a["text"], (a["id"], e["evidence"][:40])
print(len(arts), sum(len(a["events"]) for a in arts))
