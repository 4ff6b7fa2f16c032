"""Codebook phrases are matched on lower-cased lemmas, so a phrase word that the lemmatizer never
produces can never match: "weapons" and "arms" become "weapon" and "arm", "improvised" becomes
"improvise", and a hyphenated word is split by the tokenizer ("cease-fire": cease, -, fire).
These tests guard that every word of a lemma-matched phrase can be a lemma, and that the phrases
written with such words in mind fire on sentences of our own."""

from __future__ import annotations

import pytest

from sitrep.nlp.codebook import load_codebook

#: the lemma-matched phrase lists of a codebook entry (``generic_phrases`` and
#: ``yielding_phrases`` are compared with the trigger's text, so inflected forms belong there)
PHRASE_FIELDS = ("phrases", "place_subject_phrases", "armed_place_phrases", "crowd_doer_phrases",
                 "head_noun_phrases", "noun_phrases", "outranking_phrases")
#: single words compared with one token's lemma
LEMMA_FIELDS = ("transitive_senses", "armed_senses", "standing_senses", "setting_nouns", "referred_by")

#: phrases left as they are though a word of theirs is no lemma in ordinary text (it still
#: matches a Title Case headline word the tagger takes for a name): spelling them as the
#: lemmatizer does was measured and lowered the scores ("cease - fire" as a trigger of its own;
#: "arm" beside "arms" after a verb of finding, which "found a body with an arm missing" also
#: matches, so "arm cache" has phrases of its own; the singular combatants before "kill|die")
ALLOWED = {
    "cease-fire",
    "discover|find|found|recover|uncover|dismantle|defuse|unearth * ied|ieds|bomb|bombs|explosive|"
    "explosives|rocket|rockets|missile|missiles|mine|mines|landmine|landmines|weapon|weapons|ammunition|"
    "arms|vest|vests|jacket|jackets|drone|drones|launcher|launchers",
    "ied|ieds|bomb|bombs|explosive|explosives|rocket|rockets|missile|missiles|mine|mines|landmine|"
    "landmines|weapon|weapons|ammunition|arms|vest|vests|jacket|jackets|drone|drones|launcher|launchers "
    "* discover|find|found|recover|uncover|dismantle|defuse|unearth",
    "militant|militants|soldier|soldiers|troops|fighters|rebels|jihadists|insurgents|terrorists * kill|die",
}

#: ordinary sentences a word may stand in; it is reachable when one of them makes it its own lemma
CONTEXTS = (
    "They saw the {w} near the town.",
    "The men {w} the village on Monday.",
    "Many {w} were seen in the town.",
    "It was {w} by them.",
    "They will {w} it soon.",
)


def _phrase_lists():
    """(list name, phrases) for every lemma-matched list of the codebook, word classes expanded."""
    codebook = load_codebook()
    lists = [("inert_phrases", codebook.inert_phrases)]
    for entry in codebook.entries:
        lists += [(f"{entry.sub_event_type}.{f}", getattr(entry, f)) for f in PHRASE_FIELDS]
        lists.append((f"{entry.sub_event_type}.cued_phrases", tuple(p for _, p in entry.cued_phrases)))
    return lists


def _single_words():
    codebook = load_codebook()
    words = {}
    for entry in codebook.entries:
        for f in LEMMA_FIELDS:
            # a 'word/NOUN' entry of referred_by names the lemma 'word' as a noun
            words.update((w.split("/")[0], f"{entry.sub_event_type}.{f}") for w in getattr(entry, f))
        for verb, nouns in entry.object_senses:
            words.update((w, f"{entry.sub_event_type}.object_senses") for w in (verb, *nouns))
    return words


def _lemmas(nlp, words):
    """word -> the lemmas it gets in the ordinary contexts (the trigger tagger's mending included)."""
    seen: dict[str, set[str]] = {w: set() for w in words}
    texts = [(w, c.format(w=w)) for w in words for c in CONTEXTS]
    # an abbreviation is written in capitals ("U.S.")
    texts += [(w, c.format(w=w.upper())) for w in words if "." in w for c in CONTEXTS]
    for (w, _), doc in zip(texts, nlp.pipe(t for _, t in texts)):
        seen[w].update(t.lemma_.lower() for t in doc if t.lower_ == w)
    return seen


@pytest.mark.model
def test_no_phrase_word_is_split_by_the_tokenizer():
    """A hyphen joins no phrase word: the tokenizer splits "sit-in" into three tokens, so the phrase
    must spell them ("sit - in")."""
    bad = [(name, p) for name, phrases in _phrase_lists() for p in phrases
           for t in p.split() for w in t.split("|") if "-" in w and w != "-" and p not in ALLOWED]
    bad += [(name, w) for w, name in _single_words().items() if "-" in w]
    assert bad == []


@pytest.mark.model
def test_every_phrase_word_can_be_a_lemma(nlp):
    """Each word of a phrase is a lemma in ordinary text, or an inflected form kept beside its lemma
    (the alternation or the list also has the lemma: "soldier|soldiers", "clash" and "clashes";
    the inflected form still matches a Title Case headline word the tagger takes for a name)."""
    lists = _phrase_lists()
    singles = _single_words()
    words = {w for _, phrases in lists for p in phrases for t in p.split() if t != "*"
             for w in t.split("|")} | set(singles)
    seen = _lemmas(nlp, sorted(words))
    unreachable = []
    for name, phrases in lists:
        listed = set(phrases)
        for phrase in phrases:
            tokens = phrase.split()
            for i, token in enumerate(tokens):
                alternatives = token.split("|")
                for w in alternatives:
                    if token == "*" or w in seen[w] or phrase in ALLOWED:
                        continue
                    beside = set(alternatives) & seen[w]
                    as_phrase = {" ".join(tokens[:i] + [lemma] + tokens[i + 1:]) for lemma in seen[w]}
                    if not beside and not (as_phrase & listed):
                        unreachable.append((name, phrase, w, sorted(seen[w])))
    unreachable += [(name, w, w, sorted(seen[w])) for w, name in singles.items() if w not in seen[w]]
    assert unreachable == []


@pytest.mark.model
@pytest.mark.parametrize(("text", "label"), [
    ("Rebels said they had unearthed an arms cache near Lake Tondu on Friday.", "disrupted_weapons_use"),
    ("A large arms cache was discovered by soldiers in the hills above Marovo.", "disrupted_weapons_use"),
    ("Police baton-charged protesters outside the university in Kelmar.", "protest_with_intervention"),
    ("Dozens of traders held a sit-in outside the governor's office in Ostrava Nova.", "peaceful_protest"),
    ("Families of the missing marched against enforced disappearances in Tarsville.",
     "abduction_forced_disappearance"),
    ("An improvised explosive device went off beside a road near Golmara.", "remote_explosive_landmine_ied"),
    ("The two sides agreed to a cessation of hostilities in Dorvan province.", "agreement"),
])
def test_phrases_spelled_as_lemmas_fire(nlp, text, label):
    assert label in [t.label_ for t in nlp(text).spans["triggers"]]
