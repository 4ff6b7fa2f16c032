"""Build probe-territory.jsonl: six own-written articles on battles and territory changing hands,
hand-coded (who attacked or advanced = actor1; towns taken, retaken, lost, assaults repelled)."""
import json, pathlib

from probe_gold import ev, loc  # noqa: E402

B = "battles"
AC, GR, NS = "armed_clash", "government_regains_territory", "non_state_actor_overtakes_territory"
RU, UA = "Military Forces of Russia", "Military Forces of Ukraine"
SAF, RSF = "Military Forces of Sudan", "RSF: Rapid Support Forces"
MMA = "Military Forces of Myanmar"
MLA, JNIM = "Military Forces of Mali", "JNIM: Group for Support of Islam and Muslims"
SOA, ASH = "Military Forces of Somalia", "Al Shabaab"
DRC, M23 = "Military Forces of Democratic Republic of Congo", "M23: March 23 Movement"
S, R, P = "state_forces", "rebel_group", "political_militia"
arts = []

# ---- 1 Ukraine / Russia
t = """Russia says it took village near Pokrovsk; Kyiv reports attacks beaten back

KYIV, Aug 22 - Russia's defence ministry said on Thursday that its troops had taken full control of Novohrodivka, a small mining town some 20 km south-east of the Ukrainian logistics hub of Pokrovsk, in what would be one of Moscow's biggest gains of the summer.

Ukraine's general staff did not confirm the loss, saying only that the situation around the town was "difficult" and that its units were holding defensive lines to the west.

Further north, Ukrainian troops pushed back a Russian armoured assault on the outskirts of Toretsk on Wednesday, the 24th Mechanised Brigade said, adding that two tanks and five infantry vehicles had been destroyed. It gave no casualty figures.

Inside Russia, heavy fighting between Russian and Ukrainian forces was under way on Wednesday near Sudzha, in the Kursk region, according to Russian war bloggers, who said Moscow's units were trying to cut supply routes into the town.

Ukrainian forces seized Sudzha, a town of about 5,000 people close to the border, on Aug. 15, nine days after launching a surprise cross-border incursion."""
e = [
 ev(B, GR, "2024-08-22", "week", loc("Novohrodivka", "Novohrodivka", "Donetsk Oblast", "UA", 48.2, 37.34),
    RU, S, UA, S,
    evidence="Russia's defence ministry said on Thursday that its troops had taken full control of Novohrodivka, a small mining town some 20 km south-east of the Ukrainian logistics hub of Pokrovsk, in what would be one of Moscow's biggest gains of the summer."),
 ev(B, AC, "2024-08-21", "day", loc("Toretsk", "the outskirts of Toretsk", "Donetsk Oblast", "UA", 48.39, 37.85),
    RU, S, UA, S,
    evidence="Further north, Ukrainian troops pushed back a Russian armoured assault on the outskirts of Toretsk on Wednesday, the 24th Mechanised Brigade said, adding that two tanks and five infantry vehicles had been destroyed."),
 ev(B, AC, "2024-08-21", "day", loc("Sudzha", "near Sudzha, in the Kursk region", "Kursk Oblast", "RU", 51.19, 35.27),
    RU, S, UA, S,
    evidence="Inside Russia, heavy fighting between Russian and Ukrainian forces was under way on Wednesday near Sudzha, in the Kursk region, according to Russian war bloggers, who said Moscow's units were trying to cut supply routes into the town."),
 ev(B, GR, "2024-08-15", "day", loc("Sudzha", "Sudzha", "Kursk Oblast", "RU", 51.19, 35.27),
    UA, S, RU, S,
    evidence="Ukrainian forces seized Sudzha, a town of about 5,000 people close to the border, on Aug. 15, nine days after launching a surprise cross-border incursion.", bg=True),
]
arts.append(("probe-territory-1", "2024-08-22", t, e))

# ---- 2 Sudan
t = """Sudan's army says Singa recaptured as RSF overruns garrison in Darfur

PORT SUDAN, Nov 24 (AFP) - Sudan's army said on Saturday it had recaptured Singa, the capital of Sennar state, driving Rapid Support Forces paramilitaries out of the city after days of heavy fighting.

Video shared by soldiers showed troops celebrating outside the state government headquarters. The RSF, which has been at war with the army since April 2023, said its fighters had carried out a "tactical withdrawal".

The paramilitaries had stormed Singa in late June, sending tens of thousands of residents fleeing east towards Gedaref.

In North Darfur, however, an army garrison in the town of Mellit fell to the RSF on Friday after an assault from three directions, local activists said. At least 14 soldiers were killed and dozens captured, according to the Mellit resistance committee.

In El Fasher, the besieged capital of North Darfur, the army's 6th Infantry Division said its troops had repulsed a fresh RSF attack on the city's eastern districts on Saturday, killing dozens of assailants. The RSF did not comment on the claim.

The war has killed tens of thousands of people and forced more than 11 million from their homes, according to the United Nations."""
e = [
 ev(B, GR, "2024-11-23", "week", loc("Singa", "Singa, the capital of Sennar state", "Sennar State", "SD", 13.15, 33.93),
    SAF, S, RSF, R,
    evidence="Sudan's army said on Saturday it had recaptured Singa, the capital of Sennar state, driving Rapid Support Forces paramilitaries out of the city after days of heavy fighting."),
 ev(B, NS, "2024-06-25", "month", loc("Singa", "Singa", "Sennar State", "SD", 13.15, 33.93),
    RSF, R, SAF, S,
    evidence="The paramilitaries had stormed Singa in late June, sending tens of thousands of residents fleeing east towards Gedaref.", bg=True),
 ev(B, NS, "2024-11-22", "day", loc("Mellit", "the town of Mellit", "North Darfur State", "SD", 14.13, 25.55),
    RSF, R, SAF, S, best=14, low=14,
    evidence="In North Darfur, however, an army garrison in the town of Mellit fell to the RSF on Friday after an assault from three directions, local activists said. At least 14 soldiers were killed and dozens captured, according to the Mellit resistance committee."),
 ev(B, AC, "2024-11-23", "day", loc("El Fasher", "El Fasher", "North Darfur State", "SD", 13.63, 25.35),
    RSF, R, SAF, S,
    evidence="In El Fasher, the besieged capital of North Darfur, the army's 6th Infantry Division said its troops had repulsed a fresh RSF attack on the city's eastern districts on Saturday, killing dozens of assailants."),
]
arts.append(("probe-territory-2", "2024-11-24", t, e))

# ---- 3 Myanmar
t = """Arakan Army claims capture of junta's western command

The Arakan Army, one of Myanmar's most powerful ethnic armed groups, said on Friday that its fighters had overrun the headquarters of the military's Western Regional Command in Ann, in Rakhine State, after more than a month of fighting.

The group said hundreds of soldiers had surrendered and that it had seized large amounts of weapons. The junta did not respond to requests for comment.

The fall of the base would make the command the second regional headquarters lost by the military since the resistance offensive began in October last year. The AA took the border town of Maungdaw on Dec. 8, giving it control of the entire frontier with Bangladesh.

In northern Shan State, fighters of the Ta'ang National Liberation Army beat back a military column advancing towards Kyaukme on Thursday, the group's spokesman said, adding that nine soldiers were killed in a day-long battle on the highway west of the town.

State television, meanwhile, reported on Friday that troops had regained control of the ruby-mining town of Mogok, held by the TNLA since July. The TNLA denied losing the town, saying clashes were continuing on its southern edge."""
e = [
 ev(B, NS, "2024-12-20", "week", loc("Ann", "Ann, in Rakhine State", "Rakhine State", "MM", 19.8, 94.05),
    "AA: Arakan Army", R, MMA, S,
    evidence="The Arakan Army, one of Myanmar's most powerful ethnic armed groups, said on Friday that its fighters had overrun the headquarters of the military's Western Regional Command in Ann, in Rakhine State, after more than a month of fighting."),
 ev(B, NS, "2024-12-08", "day", loc("Maungdaw", "the border town of Maungdaw", "Rakhine State", "MM", 20.82, 92.37),
    "AA: Arakan Army", R, MMA, S,
    evidence="The AA took the border town of Maungdaw on Dec. 8, giving it control of the entire frontier with Bangladesh.", bg=True),
 ev(B, AC, "2024-12-19", "day", loc("Kyaukme", "the highway west of the town", "Shan State", "MM", 22.54, 97.03),
    MMA, S, "TNLA: Ta'ang National Liberation Army", R, best=9,
    evidence="In northern Shan State, fighters of the Ta'ang National Liberation Army beat back a military column advancing towards Kyaukme on Thursday, the group's spokesman said, adding that nine soldiers were killed in a day-long battle on the highway west of the town."),
 ev(B, GR, "2024-12-20", "week", loc("Mogok", "the ruby-mining town of Mogok", "Mandalay Region", "MM", 22.92, 96.51),
    MMA, S, "TNLA: Ta'ang National Liberation Army", R,
    evidence="State television, meanwhile, reported on Friday that troops had regained control of the ruby-mining town of Mogok, held by the TNLA since July."),
]
arts.append(("probe-territory-3", "2024-12-21", t, e))

# ---- 4 Mali
t = """Mali army says jihadist assault on Bourem camp repelled

BAMAKO, Feb 5 (Reuters) - Islamist fighters attacked a military camp in the northern town of Bourem on Sunday but were pushed back after several hours of fighting, Mali's armed forces said in a statement.

Seventeen assailants were "neutralised" and two soldiers lost their lives, the statement said. The al Qaeda-linked JNIM group claimed the attack on its Telegram channel, saying it had inflicted heavy losses on the army.

A day earlier, JNIM gunmen overran a gendarmerie post in Diourou, in the Segou region, killing four gendarmes and carrying off weapons and motorbikes before pulling out of the area, a local official told Reuters.

In the far north, Malian soldiers regained control of Aguelhok on Thursday, driving out fighters of the Tuareg-led CSP-PSD rebel alliance, military sources said. The separatists said they had withdrawn to spare civilians.

The junta, which seized power in 2020, has pushed to retake northern territory since UN peacekeepers left last year."""
e = [
 ev(B, AC, "2024-02-04", "day", loc("Bourem", "the northern town of Bourem", "Gao Region", "ML", 16.95, -0.35),
    JNIM, R, MLA, S, best=19,
    evidence="Islamist fighters attacked a military camp in the northern town of Bourem on Sunday but were pushed back after several hours of fighting, Mali's armed forces said in a statement."),
 ev(B, AC, "2024-02-03", "day", loc("Diourou", "Diourou, in the Segou region", "Segou Region", "ML", 13.69, -5.83),
    JNIM, R, "Gendarmerie of Mali", S, best=4,
    evidence="A day earlier, JNIM gunmen overran a gendarmerie post in Diourou, in the Segou region, killing four gendarmes and carrying off weapons and motorbikes before pulling out of the area, a local official told Reuters."),
 ev(B, GR, "2024-02-01", "day", loc("Aguelhok", "Aguelhok", "Kidal Region", "ML", 19.46, 0.86),
    MLA, S, "CSP-PSD: Permanent Strategic Framework for Peace, Security and Development", R,
    evidence="In the far north, Malian soldiers regained control of Aguelhok on Thursday, driving out fighters of the Tuareg-led CSP-PSD rebel alliance, military sources said."),
]
arts.append(("probe-territory-4", "2024-02-05", t, e))

# ---- 5 Somalia
t = """Al-Shabaab seizes Middle Shabelle town as government offensive stalls

MOGADISHU, April 17 (AP) - The town of Mahaddayweyne in Somalia's Middle Shabelle region fell to al-Shabaab militants on Wednesday after government troops withdrew following hours of heavy fighting, residents and a district official said.

"The soldiers left before noon and the fighters entered the market shortly afterwards," said a resident who asked not to be named. The official said at least six soldiers had died. Government forces had captured the town from the extremists in August 2022, at the start of a major offensive.

On Tuesday, Somali troops and allied clan militias repelled an al-Shabaab attack on their base in Jalalaqsi, in the Hiiraan region, killing 23 militants, the defence ministry said. Three soldiers were wounded.

Clashes also erupted late on Wednesday between the army and the insurgents near Balcad, about 30 km north of the capital, witnesses said. There was no word on casualties.

The Al Qaeda-linked group has regained several towns in the past two months, raising fears for the security of Mogadishu."""
e = [
 ev(B, NS, "2025-04-16", "day", loc("Mahaddayweyne", "The town of Mahaddayweyne", "Middle Shabele", "SO", 2.97, 45.53),
    ASH, R, SOA, S, best=6, low=6,
    evidence="The town of Mahaddayweyne in Somalia's Middle Shabelle region fell to al-Shabaab militants on Wednesday after government troops withdrew following hours of heavy fighting, residents and a district official said."),
 ev(B, GR, "2022-08-15", "month", loc("Mahaddayweyne", "the town", "Middle Shabele", "SO", 2.97, 45.53),
    SOA, S, ASH, R,
    evidence="Government forces had captured the town from the extremists in August 2022, at the start of a major offensive.", bg=True),
 ev(B, AC, "2025-04-15", "day", loc("Jalalaqsi", "their base in Jalalaqsi, in the Hiiraan region", "Hiiraan", "SO", 3.38, 45.6),
    ASH, R, SOA, S, best=23, injured=3,
    evidence="On Tuesday, Somali troops and allied clan militias repelled an al-Shabaab attack on their base in Jalalaqsi, in the Hiiraan region, killing 23 militants, the defence ministry said."),
 ev(B, AC, "2025-04-16", "day", loc("Balcad", "near Balcad, about 30 km north of the capital", "Middle Shabele", "SO", 2.36, 45.39),
    SOA, S, ASH, R,
    evidence="Clashes also erupted late on Wednesday between the army and the insurgents near Balcad, about 30 km north of the capital, witnesses said."),
]
arts.append(("probe-territory-5", "2025-04-17", t, e))

# ---- 6 DR Congo
t = """M23 rebels take Rutshuru; Congo army says Uvira advance halted

Rebels of the Rwanda-backed M23 movement captured the town of Rutshuru in eastern Congo on Wednesday after government soldiers and allied Wazalendo militiamen abandoned their positions, residents and a local administrator said.

By Thursday morning rebel fighters were patrolling the main road and had raised their flag over the territorial administration office, one resident said by phone.

Congo's army said on Thursday that its troops, supported by Burundian soldiers, had halted an M23 push towards Uvira on the shore of Lake Tanganyika, inflicting "heavy losses" on the rebels. An M23 spokesman said the army's claims were false.

Overnight, Wazalendo fighters attacked rebel positions on the hills around Sake, west of Goma, sparking fighting that went on until mid-morning, according to civil society groups in the area. Two civilians were killed by stray bullets.

M23 seized Goma, the capital of North Kivu province, in late January, and Bukavu, in South Kivu, in mid-February."""
WAZ = "Wazalendo"
e = [
 ev(B, NS, "2025-03-19", "day", loc("Rutshuru", "the town of Rutshuru", "North Kivu", "CD", -1.19, 29.45),
    M23, R, DRC, S,
    evidence="Rebels of the Rwanda-backed M23 movement captured the town of Rutshuru in eastern Congo on Wednesday after government soldiers and allied Wazalendo militiamen abandoned their positions, residents and a local administrator said."),
 ev(B, AC, "2025-03-20", "week", loc("Uvira", "towards Uvira", "South Kivu", "CD", -3.4, 29.14, "region"),
    M23, R, DRC, S,
    evidence="Congo's army said on Thursday that its troops, supported by Burundian soldiers, had halted an M23 push towards Uvira on the shore of Lake Tanganyika, inflicting \"heavy losses\" on the rebels."),
 ev(B, AC, "2025-03-20", "day", loc("Sake", "the hills around Sake, west of Goma", "North Kivu", "CD", -1.57, 29.04),
    WAZ, P, M23, R, best=2,
    evidence="Overnight, Wazalendo fighters attacked rebel positions on the hills around Sake, west of Goma, sparking fighting that went on until mid-morning, according to civil society groups in the area. Two civilians were killed by stray bullets."),
 ev(B, NS, "2025-01-26", "month", loc("Goma", "Goma, the capital of North Kivu province", "North Kivu", "CD", -1.67, 29.23),
    M23, R, DRC, S,
    evidence="M23 seized Goma, the capital of North Kivu province, in late January, and Bukavu, in South Kivu, in mid-February.", bg=True),
 ev(B, NS, "2025-02-15", "month", loc("Bukavu", "Bukavu, in South Kivu", "South Kivu", "CD", -2.49, 28.86),
    M23, R, DRC, S,
    evidence="M23 seized Goma, the capital of North Kivu province, in late January, and Bukavu, in South Kivu, in mid-February.", bg=True),
]
arts.append(("probe-territory-6", "2025-03-20", t, e))

out = pathlib.Path(__file__).with_name("probe-territory.jsonl")
with out.open("w") as f:
    for i, pub, text, events in arts:
        for x in events:
            assert x["evidence"] in text, (i, x["evidence"][:40])
        f.write(json.dumps({"id": i, "url": None, "title": text.split("\n")[0], "published": pub,
                            "text": text, "events": events}) + "\n")
print(out)
