"""Builds probe-protests.jsonl: own-written articles on protests and their policing (not dev text)."""
import json
from pathlib import Path


from probe_gold import ev, loc  # noqa: E402


arts = []

# 1 Georgia: water cannon and detentions in the capital, a peaceful march in a second city
t1 = """Georgian police use water cannon on pro-EU protesters, detain dozens

TBILISI, Dec 10 (AFP) - Georgian riot police fired water cannon and pepper spray late on Monday to clear thousands of pro-European demonstrators who had gathered outside parliament on Rustaveli Avenue, detaining at least 40 people, the interior ministry said.

Protesters waving Georgian and EU flags chanted against the ruling Georgian Dream party's decision to freeze talks on joining the European Union. The public defender's office said 12 protesters were treated in hospital.

In the Black Sea city of Batumi, several hundred people marched peacefully through the centre on Monday evening, local media reported. No arrests were reported there.

Georgian Dream has accused the opposition of trying to stage a revolution with foreign money, a claim its opponents reject."""
arts.append({"id": "probe-protests-1", "url": None,
             "title": "Georgian police use water cannon on pro-EU protesters, detain dozens",
             "published": "2024-12-10", "text": t1, "events": [
    ev("protests", "protest_with_intervention", "2024-12-09", "day",
       loc("Tbilisi", "outside parliament on Rustaveli Avenue", "Tbilisi", "GE", 41.69, 44.83),
       "Protesters (Georgia)", "protesters", "Police Forces of Georgia", "state_forces", injured=12,
       evidence="Georgian riot police fired water cannon and pepper spray late on Monday to clear thousands of pro-European demonstrators who had gathered outside parliament on Rustaveli Avenue, detaining at least 40 people, the interior ministry said."),
    ev("protests", "peaceful_protest", "2024-12-09", "day",
       loc("Batumi", "the Black Sea city of Batumi", "Adjara", "GE", 41.64, 41.64),
       "Protesters (Georgia)", "protesters", None, None,
       evidence="In the Black Sea city of Batumi, several hundred people marched peacefully through the centre on Monday evening, local media reported."),
]})

# 2 Kenya: live fire in the capital, tear gas in a port city, peaceful towns, a death in custody as cause
t2 = """Three shot dead as Kenyan police open fire on protesters

Security forces opened fire on demonstrators in Nairobi on Wednesday, killing three people and wounding at least 20, as thousands took to the streets across Kenya to mark the anniversary of last year's protests against tax rises.

Police fired tear gas and live rounds to stop crowds from marching towards State House, witnesses said. The Kenya National Commission on Human Rights said the three were killed by police gunfire near the central business district.

In Mombasa, hundreds of protesters gathered outside the county offices before police lobbed tear gas canisters to disperse them. Demonstrations were also held in Nakuru and Eldoret, where they passed off peacefully.

Anger has been building since a teacher and blogger was beaten to death in a Nairobi police cell earlier this month. Six officers have been charged over his death."""
arts.append({"id": "probe-protests-2", "url": None,
             "title": "Three shot dead as Kenyan police open fire on protesters",
             "published": "2025-06-26", "text": t2, "events": [
    ev("protests", "excessive_force_against_protesters", "2025-06-25", "day",
       loc("Nairobi", "Nairobi", "Nairobi Area", "KE", -1.28, 36.82),
       "Police Forces of Kenya", "state_forces", "Protesters (Kenya)", "protesters", 3, injured=20,
       evidence="Security forces opened fire on demonstrators in Nairobi on Wednesday, killing three people and wounding at least 20, as thousands took to the streets across Kenya to mark the anniversary of last year's protests against tax rises."),
    ev("protests", "protest_with_intervention", "2025-06-25", "day",
       loc("Mombasa", "Mombasa", "Mombasa", "KE", -4.05, 39.67),
       "Protesters (Kenya)", "protesters", "Police Forces of Kenya", "state_forces",
       evidence="In Mombasa, hundreds of protesters gathered outside the county offices before police lobbed tear gas canisters to disperse them."),
    ev("protests", "peaceful_protest", "2025-06-25", "day",
       loc("Nakuru", "Nakuru", "Nakuru", "KE", -0.28, 36.07),
       "Protesters (Kenya)", "protesters", None, None,
       evidence="Demonstrations were also held in Nakuru and Eldoret, where they passed off peacefully."),
    ev("protests", "peaceful_protest", "2025-06-25", "day",
       loc("Eldoret", "Eldoret", "Uasin Gishu", "KE", 0.52, 35.27),
       "Protesters (Kenya)", "protesters", None, None,
       evidence="Demonstrations were also held in Nakuru and Eldoret, where they passed off peacefully."),
    ev("violence_against_civilians", "attack", "2025-06-13", "month",
       loc("Nairobi", "a Nairobi police cell", "Nairobi Area", "KE", -1.28, 36.82),
       "Police Forces of Kenya", "state_forces", "Civilians (Kenya)", "civilians", 1,
       evidence="Anger has been building since a teacher and blogger was beaten to death in a Nairobi police cell earlier this month.", bg=True),
]})

# 3 Bangladesh: a countrywide toll split by city, students against a party wing, a sit-in the next day
t3 = """Six killed as Bangladesh quota protests turn violent

DHAKA, July 17 (Reuters) - At least six people were killed in Bangladesh on Tuesday as students protesting against quotas in government jobs fought police and activists of the ruling party's student wing, police and hospital officials said.

In the port city of Chittagong, three people, including two students, died when protesters and members of the Bangladesh Chhatra League attacked each other with sticks, stones and bricks, police said.

Two more were killed in Dhaka in similar clashes near the university, while in the northern city of Rangpur a student was shot dead when police opened fire on demonstrators outside Begum Rokeya University.

On Wednesday, thousands of students staged a sit-in on the Dhaka University campus, defying an order to vacate their dormitories. The government has shut schools and colleges nationwide until further notice."""
arts.append({"id": "probe-protests-3", "url": None, "title": "Six killed as Bangladesh quota protests turn violent",
             "published": "2024-07-17", "text": t3, "events": [
    ev("riots", "violent_demonstration", "2024-07-16", "day",
       loc("Chittagong", "the port city of Chittagong", "Chittagong", "BD", 22.34, 91.83),
       "Rioters (Bangladesh)", "rioters", "BCL: Bangladesh Chhatra League", "political_militia", 3,
       evidence="In the port city of Chittagong, three people, including two students, died when protesters and members of the Bangladesh Chhatra League attacked each other with sticks, stones and bricks, police said."),
    ev("riots", "violent_demonstration", "2024-07-16", "day",
       loc("Dhaka", "Dhaka", "Dhaka", "BD", 23.71, 90.41),
       "Rioters (Bangladesh)", "rioters", "BCL: Bangladesh Chhatra League", "political_militia", 2,
       evidence="Two more were killed in Dhaka in similar clashes near the university"),
    ev("protests", "excessive_force_against_protesters", "2024-07-16", "day",
       loc("Rangpur", "the northern city of Rangpur", "Rangpur", "BD", 25.75, 89.25),
       "Police Forces of Bangladesh", "state_forces", "Protesters (Bangladesh)", "protesters", 1,
       evidence="in the northern city of Rangpur a student was shot dead when police opened fire on demonstrators outside Begum Rokeya University."),
    ev("protests", "peaceful_protest", "2024-07-17", "day",
       loc("Dhaka", "the Dhaka University campus", "Dhaka", "BD", 23.71, 90.41),
       "Protesters (Bangladesh)", "protesters", None, None,
       evidence="On Wednesday, thousands of students staged a sit-in on the Dhaka University campus, defying an order to vacate their dormitories."),
]})

# 4 Pakistan: a march on the capital; tear gas on the way, a riot at its edge, a solidarity sit-in, aggregate arrests
t4 = """Policeman killed as Khan supporters clash with police near Islamabad

ISLAMABAD (AP) - Pakistani police fired tear gas on Sunday at convoys of supporters of imprisoned former Prime Minister Imran Khan as they tried to push through barricades of shipping containers near Attock, in Punjab province, on their way to the capital.

On Monday, marchers armed with sticks and slingshots attacked police on the outskirts of Islamabad. One police officer was killed and 70 others were injured, Interior Minister Mohsin Naqvi told reporters.

Police said more than 400 workers of Khan's Pakistan Tehreek-e-Insaf party had been detained in Islamabad and Rawalpindi since Saturday.

In the southern city of Karachi, several hundred party supporters rallied outside the press club on Monday in solidarity with the marchers. The gathering ended without incident."""
arts.append({"id": "probe-protests-4", "url": None,
             "title": "Policeman killed as Khan supporters clash with police near Islamabad",
             "published": "2024-11-26", "text": t4, "events": [
    ev("protests", "protest_with_intervention", "2024-11-24", "day",
       loc("Attock", "near Attock, in Punjab province", "Punjab", "PK", 33.77, 72.36),
       "Protesters (Pakistan)", "protesters", "Police Forces of Pakistan", "state_forces",
       evidence="Pakistani police fired tear gas on Sunday at convoys of supporters of imprisoned former Prime Minister Imran Khan as they tried to push through barricades of shipping containers near Attock, in Punjab province, on their way to the capital."),
    ev("riots", "violent_demonstration", "2024-11-25", "day",
       loc("Islamabad", "the outskirts of Islamabad", "Islamabad", "PK", 33.72, 73.04),
       "Rioters (Pakistan)", "rioters", "Police Forces of Pakistan", "state_forces", 1, injured=70,
       evidence="On Monday, marchers armed with sticks and slingshots attacked police on the outskirts of Islamabad. One police officer was killed and 70 others were injured, Interior Minister Mohsin Naqvi told reporters."),
    ev("protests", "peaceful_protest", "2024-11-25", "day",
       loc("Karachi", "the southern city of Karachi", "Sindh", "PK", 24.86, 67.01),
       "Protesters (Pakistan)", "protesters", None, None,
       evidence="In the southern city of Karachi, several hundred party supporters rallied outside the press club on Monday in solidarity with the marchers."),
]})

# 5 Serbia: a mass rally, bridges blocked the day before, an attack on a protest camp
t5 = """Serbia sees one of its biggest rallies as crowds fill Belgrade

Tens of thousands of people took to the streets of Belgrade on Saturday in one of the largest anti-government rallies in Serbia's history, demanding accountability for the deadly collapse of a railway station canopy in Novi Sad in November.

Police put the crowd at 107,000, while an independent monitoring group said more than 275,000 people took part. The rally passed off peacefully.

The day before, students blocked three bridges over the Danube in Novi Sad for several hours.

Late on Saturday, masked men wielding sticks attacked students camping outside the presidency in Belgrade, injuring two, organisers said. Police said they were looking for the attackers.

President Aleksandar Vucic has rejected calls to resign and says the protests are backed from abroad."""
arts.append({"id": "probe-protests-5", "url": None, "title": "Serbia sees one of its biggest rallies as crowds fill Belgrade",
             "published": "2025-03-16", "text": t5, "events": [
    ev("protests", "peaceful_protest", "2025-03-15", "day",
       loc("Belgrade", "Belgrade", "Central Serbia", "RS", 44.80, 20.47),
       "Protesters (Serbia)", "protesters", None, None,
       evidence="Tens of thousands of people took to the streets of Belgrade on Saturday in one of the largest anti-government rallies in Serbia's history, demanding accountability for the deadly collapse of a railway station canopy in Novi Sad in November."),
    ev("protests", "peaceful_protest", "2025-03-14", "day",
       loc("Novi Sad", "Novi Sad", "Vojvodina", "RS", 45.25, 19.84),
       "Protesters (Serbia)", "protesters", None, None,
       evidence="The day before, students blocked three bridges over the Danube in Novi Sad for several hours."),
    ev("violence_against_civilians", "attack", "2025-03-15", "day",
       loc("Belgrade", "outside the presidency in Belgrade", "Central Serbia", "RS", 44.80, 20.47),
       "Unidentified Armed Group (Serbia)", "unknown", "Protesters (Serbia)", "protesters", injured=2,
       evidence="Late on Saturday, masked men wielding sticks attacked students camping outside the presidency in Belgrade, injuring two, organisers said."),
]})

# 6 Nigeria: a price story with protests as today's news and an earlier dispersal as background
t6 = """Nigeria raises petrol price again, unions threaten strike

ABUJA, Sept 4 - Nigeria's state oil company raised the pump price of petrol by nearly 40% this week, the second increase in three months, prompting labour unions to threaten a nationwide strike.

On Tuesday, several hundred union members and commuters picketed the headquarters of the Nigerian National Petroleum Company Limited in Abuja, carrying placards that read "We are hungry". Union members also staged a protest at petrol stations in Lagos.

The increase comes a month after nationwide protests over the cost of living. On August 1, police fired tear gas to disperse hundreds of protesters gathered at the national stadium in Abuja. Amnesty International said at least 13 people were killed by security forces during ten days of demonstrations.

The government says the subsidy it removed last year was draining public finances."""
arts.append({"id": "probe-protests-6", "url": None, "title": "Nigeria raises petrol price again, unions threaten strike",
             "published": "2024-09-04", "text": t6, "events": [
    ev("protests", "peaceful_protest", "2024-09-03", "day",
       loc("Abuja", "the headquarters of the Nigerian National Petroleum Company Limited in Abuja", "Federal Capital Territory", "NG", 9.06, 7.50),
       "Protesters (Nigeria)", "protesters", None, None,
       evidence="On Tuesday, several hundred union members and commuters picketed the headquarters of the Nigerian National Petroleum Company Limited in Abuja, carrying placards that read \"We are hungry\"."),
    ev("protests", "peaceful_protest", "2024-09-03", "day",
       loc("Lagos", "petrol stations in Lagos", "Lagos", "NG", 6.45, 3.40),
       "Protesters (Nigeria)", "protesters", None, None,
       evidence="Union members also staged a protest at petrol stations in Lagos."),
    ev("protests", "protest_with_intervention", "2024-08-01", "day",
       loc("Abuja", "the national stadium in Abuja", "Federal Capital Territory", "NG", 9.06, 7.50),
       "Protesters (Nigeria)", "protesters", "Police Forces of Nigeria", "state_forces",
       evidence="On August 1, police fired tear gas to disperse hundreds of protesters gathered at the national stadium in Abuja.", bg=True),
]})

# 7 Iran: protests in several cities at once, each policed differently; a death in custody with no stated cause
t7 = """Protests over woman's death spread across Iran

Protests over the death of a young woman held by Iran's morality police spread to several cities on Tuesday, and security forces opened fire on demonstrators in the Kurdish city of Sanandaj, killing two, a Kurdish rights group said.

In Tehran, riot police beat protesters with batons and fired tear gas near the university, witnesses said, and state media reported that dozens had been arrested.

Smaller gatherings were reported in Rasht and Kerman, where women took off their headscarves and waved them in the air.

Mahsa Amini, 22, died on Friday, three days after she was detained by the morality police for allegedly wearing her hijab improperly. The authorities say she suffered a heart attack; her family says she was beaten."""
arts.append({"id": "probe-protests-7", "url": None, "title": "Protests over woman's death spread across Iran",
             "published": "2022-09-21", "text": t7, "events": [
    ev("protests", "excessive_force_against_protesters", "2022-09-20", "day",
       loc("Sanandaj", "the Kurdish city of Sanandaj", "Kordestan", "IR", 35.31, 47.00),
       "Security Forces of Iran", "state_forces", "Protesters (Iran)", "protesters", 2,
       evidence="Protests over the death of a young woman held by Iran's morality police spread to several cities on Tuesday, and security forces opened fire on demonstrators in the Kurdish city of Sanandaj, killing two, a Kurdish rights group said."),
    ev("protests", "protest_with_intervention", "2022-09-20", "day",
       loc("Tehran", "Tehran", "Tehran", "IR", 35.69, 51.42),
       "Protesters (Iran)", "protesters", "Police Forces of Iran", "state_forces",
       evidence="In Tehran, riot police beat protesters with batons and fired tear gas near the university, witnesses said, and state media reported that dozens had been arrested."),
    ev("protests", "peaceful_protest", "2022-09-20", "day",
       loc("Rasht", "Rasht", "Gilan", "IR", 37.28, 49.58),
       "Protesters (Iran)", "protesters", None, None,
       evidence="Smaller gatherings were reported in Rasht and Kerman, where women took off their headscarves and waved them in the air."),
    ev("protests", "peaceful_protest", "2022-09-20", "day",
       loc("Kerman", "Kerman", "Kerman", "IR", 30.28, 57.08),
       "Protesters (Iran)", "protesters", None, None,
       evidence="Smaller gatherings were reported in Rasht and Kerman, where women took off their headscarves and waved them in the air."),
]})

for a in arts:
    for e in a["events"]:
        assert e["evidence"] in a["text"], (a["id"], e["evidence"])
out = Path(__file__).with_name("probe-protests.jsonl")
out.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in arts), encoding="utf-8")
print(out, len(arts), sum(len(a["events"]) for a in arts))
