"""Own articles whose lead act is 3-12 days old (must be news) and controls recalling older acts
(must stay background). Prints each event with its background flag. Run: PYTHONPATH=. python
experiments/recentbg/articles.py"""
import sitrep
A = {
"stmt": ("2026-03-10", """UN condemns killing of aid workers in eastern Congo

GOMA, March 10 - The United Nations on Tuesday condemned the killing of three aid workers in an ambush near Rutshuru in North Kivu province on Friday.

Gunmen opened fire on their marked vehicle on a road north of the town, the UN humanitarian office said in a statement.

The area has seen repeated attacks since M23 rebels seized Bunagana in June 2022."""),
"report": ("2026-04-20", """Rights group says soldiers executed villagers in Mali

BAMAKO, April 20 - Soldiers and foreign fighters executed at least 20 civilians in the village of Diallassagou in central Mali on April 11, Human Rights Watch said in a report published on Monday.

Witnesses told the group that the men were rounded up at the weekly market and shot.

Last year, jihadists killed 30 people in an attack on a bus near Bandiagara."""),
"wire": ("2026-05-14", """Kenyan police arrest suspects over Lamu attack

NAIROBI, May 14 (Reuters) - Kenyan police said on Thursday they had arrested four men suspected of taking part in an attack by al Shabaab militants on a police post in Lamu county on May 5 that killed two officers.

The suspects were detained in Mpeketoni on Tuesday, police spokesman said.

In January 2020, al Shabaab fighters attacked a military base at Manda Bay in Lamu, killing three Americans."""),
"ua": ("2026-06-09", """Death toll from Russian strike on Odesa rises to 12

KYIV, June 9 - The death toll from a Russian missile strike on an apartment building in Odesa last Wednesday has risen to 12, regional officials said on Tuesday.

Rescuers recovered two more bodies from the rubble on Monday, the governor said.

Months ago, in March, a drone strike on the same district killed five people."""),
"car": ("2026-07-21", """MINUSCA says peacekeeper killed in Central African Republic

BANGUI, July 21 - A Cameroonian peacekeeper was killed when rebels attacked a UN patrol near Bambari on July 13, the UN mission MINUSCA said on Monday.

The mission condemned the attack and said two other peacekeepers were wounded.

In 2023, rebels killed a Moroccan peacekeeper near the town of Bangassou."""),
"sahel": ("2026-08-25", """Burkina Faso: dozens killed in attack on army convoy, sources say

OUAGADOUGOU, Aug 25 - Jihadist fighters killed at least 35 soldiers and volunteers in an ambush on a supply convoy near Djibo on Aug. 18, security sources said on Monday.

The attack was claimed by JNIM on Sunday.

In September last year, militants killed dozens of civilians in Barsalogho."""),
"arrest": ("2026-09-16", """Opposition leader arrested in Kinshasa

KINSHASA, Sept 16 - Congolese security forces arrested opposition leader Jean Mbala in Kinshasa on Sunday, his party said on Tuesday, calling the detention illegal.

Police fired tear gas at his supporters who gathered outside the prosecutor's office on Monday.

He was previously detained in May 2024 after a protest in the capital."""),
}
for k,(pub,t) in A.items():
    print("==",k,pub)
    for e in sitrep.extract(t, published=pub):
        print("  ", e.event_type, e.date, e.background, (e.location.name if e.location else None))
