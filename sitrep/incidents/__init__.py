"""Incidents: events of different articles that report one happening, linked into one record.

    from sitrep.incidents import update_incidents, query_incidents, changes_since

- ``score``: blocking and the explainable pair score (named match weights from weights.json);
- ``cluster``: pairs to incidents, the same in any input order;
- ``model``: ``Incident`` (merged fields, every source) and its stable id;
- ``link``: linking stored events incrementally (``update_incidents``) or from scratch
  (``rebuild_incidents``), the change feed (``changes_since``), queries;
- ``evaluate``: ``sitrep eval-incidents`` (pairwise and B-cubed scores against a gold file);
- ``export``: incidents as table, JSON, JSONL, CSV, GeoJSON.
"""

from sitrep.incidents.link import (
    Change,
    LinkStats,
    changes_since,
    explain_pairs,
    incident_of,
    query_incidents,
    rebuild_incidents,
    update_incidents,
)
from sitrep.incidents.model import ArticleInfo, Incident, Source, build_incident, incident_id
from sitrep.incidents.score import PairScore, load_weights, score_pair

__all__ = [
    "ArticleInfo",
    "Change",
    "Incident",
    "LinkStats",
    "PairScore",
    "Source",
    "build_incident",
    "changes_since",
    "explain_pairs",
    "incident_id",
    "incident_of",
    "load_weights",
    "query_incidents",
    "rebuild_incidents",
    "score_pair",
    "update_incidents",
]
