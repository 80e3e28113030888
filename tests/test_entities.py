"""Entity mentions on a small reference built here (no importer needed), in Hindi, English
and Hinglish."""
from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
import spacy

from claims.entities import EntityIndex, find_mentions
from reference_db import schema
from reference_db.store import Reference

# (house, state, year, kind, constituency, poll_no, [(candidate, party, votes, position)])
CONTESTS = [
    ("VS", "Uttar Pradesh", 2017, "general", "Noorpur", 0,
     [("LOKENDRA SINGH", "BJP", 79172, 1), ("NAIM UL HASAN", "SP", 66436, 2), ("GOHAR IQBAL", "BSP", 45902, 3)]),
    ("VS", "Uttar Pradesh", 2018, "bye", "Noorpur", 1,
     [("Naimul Hasan", "SP", 94875, 1), ("Avnish Singh", "BJP", 89213, 2), ("Gohar Iqbal", "LD", 1197, 3)]),
    ("LS", "Uttar Pradesh", 2018, "bye", "Kairana", 1,
     [("Tabassum Begum €", "RLD", 467881, 1), ("Mriganka Singh", "BJP", 426648, 2)]),
    ("LS", "Uttar Pradesh", 2014, "general", "Kairana", 0,
     [("Hukum Singh", "BJP", 565909, 1), ("Nahid Hasan", "SP", 329081, 2)]),
    ("VS", "Uttar Pradesh", 2017, "general", "Kairana", 0,
     [("NAHID HASAN", "SP", 98830, 1), ("MRIGANKA SINGH", "BJP", 77668, 2)]),
    ("VS", "Punjab", 2022, "general", "Bhadaur", 0,
     [("LABH SINGH UGOKE", "AAAP", 63967, 1), ("CHARANJIT SINGH CHANNI", "INC", 26409, 2)]),
    ("VS", "Punjab", 2022, "general", "Chamkaur Sahib", 0,
     [("CHARANJIT SINGH", "AAAP", 70248, 1), ("CHARANJIT SINGH CHANNI", "INC", 62306, 2)]),
    ("VS", "Punjab", 2022, "general", "Dhuri", 0,
     [("BHAGWANT MANN", "AAAP", 82592, 1), ("DALVIR SINGH GOLDY", "INC", 24386, 2)]),
    ("VS", "Punjab", 2017, "general", "Jaitu", 0,
     [("BALDEV SINGH", "AAAP", 45344, 1), ("MOHAMMAD SADIQUE", "INC", 35351, 2)]),
    ("VS", "Uttar Pradesh", 2022, "general", "Seat", 0,  # a place whose name is an English word
     [("RAM SINGH", "BJP", 1000, 1), ("KUMAR", "SP", 900, 2), ("JEET", "BSP", 800, 3), ("MAAN", "IND", 10, 4)]),
    ("VS", "Maharashtra", 2019, "general", "Parli", 0,
     [("DHANANJAY PANDITRAO MUNDE", "NCP", 122114, 1), ("PANKAJA GOPINATHRAO MUNDE", "BJP", 91413, 2)]),
    ("LS", "Uttar Pradesh", 2019, "general", "Azamgarh", 0,
     [("AKHILESH YADAV", "SP", 621578, 1), ("Dinesh Lal Yadav Nirahua", "BJP", 361704, 2)]),
    ("VS", "Punjab", 2022, "general", "Lambi", 0,
     [("GURMEET SINGH KHUDIAN", "AAAP", 66313, 1), ("PARKASH SINGH BADAL", "SAD", 54917, 2)]),
    ("VS", "Uttarakhand", 2022, "general", "Lohaghat", 0,
     [("KHUSHAL SINGH", "INC", 40000, 1), ("PRAKASH SINGH", "IND", 500, 3)]),
    ("VS", "Andhra Pradesh", 2019, "general", "Atmakur", 0, [("MEKAPATI GOUTHAM REDDY", "YSRCP", 92758, 1)]),
    ("VS", "Bihar", 2020, "general", "Bikram", 0, [("SIDHARTH SAURAV", "INC", 86177, 1), ("VIKRAM KUMAR", "IND", 100, 5)]),
    ("VS", "Uttar Pradesh", 2022, "general", "Sirathu", 0,
     [("DR. PALLAVI PATEL", "SP", 106278, 1), ("KESHAV PRASAD MAURYA", "BJP", 98727, 2)]),
    ("VS", "Uttar Pradesh", 2022, "general", "Salon", 0, [("ASHOK KUMAR", "BJP", 1000, 1)]),  # सालों = years
    ("VS", "Mysore", 1962, "general", "Dharwar", 0, [("D P KARMARKAR", "INC", 1000, 1)]),  # दरबार = court
    ("VS", "Delhi", 2020, "general", "Rajinder Nagar", 0, [("RAGHAV CHADHA", "AAAP", 1000, 1)]),
    ("VS", "Gujarat", 2017, "general", "Bapunagar", 0, [("HIMMATSINH PATEL", "INC", 58785, 1)]),
    ("VS", "West Bengal", 2021, "general", "Krishnanagar Uttar", 0, [("MUKUL ROY", "BJP", 109357, 1)]),
    ("LS", "West Bengal", 2004, "general", "Berhampore", 0,
     [("ADHIR RANJAN CHOWDHURY", "INC", 1000, 1), ("PRAMOTHES MUKHERJEE", "RSP", 900, 2)]),
    ("LS", "West Bengal", 2009, "general", "Baharampur", 0,
     [("ADHIR RANJAN CHOWDHURY", "INC", 1000, 1), ("PRAMOTHES MUKHERJEE", "RSP", 900, 2)]),
    ("VS", "Haryana", 2005, "general", "Panipat", 0, [("BALBIR PAL", "INC", 1000, 1), ("OM PARKASH", "BJP", 900, 2)]),
    ("VS", "Haryana", 2009, "general", "Panipat City", 0, [("BALBIR PAL", "INC", 1000, 1), ("OM PARKASH", "BJP", 900, 2)]),
    ("VS", "Punjab", 2012, "general", "Jalalabad", 0, [("AMRINDER SINGH", "IND", 500, 4)]),
    ("VS", "Punjab", 2022, "general", "Patiala", 0, [("Amarinder Singh", "PLC", 28231, 2)]),
    ("VS", "Punjab", 2022, "general", "Gidderbaha", 0, [("Amrinder Singh Raja Warring", "INC", 50998, 1)]),
    ("VS", "Bihar", 2010, "general", "Gurua", 0, [("VIREN SINGH", "IND", 300, 6)]),
    ("VS", "Manipur", 2017, "general", "Jiribam", 0, [("A. BIREN SINGH", "IND", 300, 4)]),
]
PARTIES = [("BJP", "Bharatiya Janata Party"), ("SP", "Samajwadi Party"), ("BSP", "Bahujan Samaj Party"),
           ("INC", "Indian National Congress"), ("RLD", "Rashtriya Lok Dal"), ("AAAP", "Aam Aadmi Party"),
           ("LD", "Lok Dal"), ("JD(U)", "Janata Dal (United)"), ("JDU", None), ("CPM", None), ("CPI(M)", None)]
ALIASES = [("party", "बीजेपी", "BJP", "hi"), ("party", "भाजपा", "BJP", "hi"), ("party", "सपा", "SP", "hi"),
           ("party", "समाजवादी पार्टी", "SP", "hi"), ("party", "रालोद", "RLD", "hi"), ("party", "आप", "AAAP", "hi"),
           ("party", "AAP", "AAAP", "en"), ("party", "कांग्रेस", "INC", "hi"), ("party", "Congress", "INC", "en"),
           ("state", "उत्तर प्रदेश", "Uttar Pradesh", "hi"), ("state", "यूपी", "Uttar Pradesh", "hi"),
           ("state", "पंजाब", "Punjab", "hi"), ("alliance", "एनडीए", "NDA", "hi"),
           ("constituency", "कैराना", "Kairana", "hi"),
           ("party", "JDU", "JD(U)", "en"), ("party", "JD(U)", "JD(U)", "en"), ("party", "CPI(M)", "CPM", "en")]


@pytest.fixture(scope="module")
def ref(tmp_path_factory) -> Reference:
    path = tmp_path_factory.mktemp("ref") / "ref.db"
    conn = sqlite3.connect(path)
    schema.create(conn)
    elections, consts = {}, {}
    for house, state, year, kind, cname, poll_no, rows in CONTESTS:
        ek = (house, state, year, kind)
        if ek not in elections:
            elections[ek] = conn.execute(
                "INSERT INTO elections(house, state, year, kind) VALUES (?,?,?,?)", ek).lastrowid
        ck = (house, state, cname)
        if ck not in consts:
            consts[ck] = conn.execute(
                "INSERT INTO constituencies(house, state, name) VALUES (?,?,?)", ck).lastrowid
        cid = conn.execute("INSERT INTO contests(election_id, constituency_id, poll_no) VALUES (?,?,?)",
                           (elections[ek], consts[ck], poll_no)).lastrowid
        conn.executemany("INSERT INTO results(contest_id, candidate, party, votes, position) VALUES (?,?,?,?,?)",
                         [(cid, *r) for r in rows])
    conn.executemany("INSERT INTO parties VALUES (?,?)", PARTIES)
    conn.executemany("INSERT INTO aliases VALUES (?,?,?,?)", ALIASES)
    conn.commit()
    conn.close()
    return Reference(path)


@pytest.fixture(scope="module")
def index(ref, tmp_path_factory, monkeypatch_module) -> EntityIndex:
    monkeypatch_module.setenv("VERIFIER_CACHE", str(tmp_path_factory.mktemp("cache")))
    return EntityIndex.load(ref)


@pytest.fixture(scope="module")
def monkeypatch_module():
    mp = pytest.MonkeyPatch()
    yield mp
    mp.undo()


def kinds(mentions, kind):
    return [m for m in mentions if m.kind == kind]


def names_of(ref: Reference, ids) -> set[str]:
    marks = ",".join("?" * len(ids))
    return {r[0] for r in ref.query(f"SELECT candidate FROM results WHERE id IN ({marks})", tuple(ids))}


# -- parties, alliances, states, houses -------------------------------------------------------------
def test_parties_in_both_scripts(index) -> None:
    ms = find_mentions("नूरपुर में सपा जीती, बीजेपी हारी; Congress and the BJP lost.", index)
    assert [(m.text, m.ids) for m in kinds(ms, "party")] == [
        ("सपा", ("SP",)), ("बीजेपी", ("BJP",)), ("Congress", ("INC",)), ("BJP", ("BJP",))]


def test_party_full_name_is_one_mention(index) -> None:
    ms = find_mentions("समाजवादी पार्टी के नईमुल हसन", index)
    assert [(m.kind, m.text) for m in ms][0] == ("party", "समाजवादी पार्टी")


def test_bracketed_party_codes(index) -> None:
    # a capital letter in brackets completes a code; an alias beats the reference's stray code (JDU)
    for text, surface in (("JD(U) won the Bihar election.", "JD(U)"), ("the JD (U) was ahead in three seats", "JD (U)"),
                          ("JDU won 43 seats", "JDU"), ("the JD-U lost", "JD-U")):
        assert [(m.text, m.ids, m.name) for m in kinds(find_mentions(text, index), "party")] == [
            (surface, ("JD(U)",), "JD(U)")], text
    assert [(m.text, m.ids) for m in kinds(find_mentions("CPI(M) and CPI (M) won", index), "party")] == [
        ("CPI(M)", ("CPM",)), ("CPI (M)", ("CPM",))]
    assert kinds(find_mentions("the jd(u) and Jd (U) are not written so", index), "party") == []


def test_aap_is_a_party_only_when_used_as_one(index) -> None:
    assert [m.ids for m in kinds(find_mentions("पंजाब में आप ने 92 सीटें जीतीं", index), "party")] == [("AAAP",)]
    assert kinds(find_mentions("आप को बता दें कि नतीजे आ गए", index), "party") == []
    assert kinds(find_mentions("क्या आप जानते हैं", index), "party") == []


def test_lowercase_latin_abbreviation_is_not_a_party(index) -> None:
    assert kinds(find_mentions("he will sp the money", index), "party") == []


def test_alliances(index) -> None:
    ms = find_mentions("सपा गठबंधन को 125 सीटें, एनडीए को 273; कैराना में गठबंधन आगे, संयुक्त विपक्ष जीता", index)
    got = [(m.text, m.ids) for m in kinds(ms, "alliance")]
    assert got == [("सपा गठबंधन", ("SP+",)), ("एनडीए", ("NDA",)), ("गठबंधन", ("OPPOSITION",)),
                   ("संयुक्त विपक्ष", ("OPPOSITION",))]
    ms = find_mentions("The opposition won; the BJP alliance lost.", index)
    assert [(m.text, m.ids) for m in kinds(ms, "alliance")] == [
        ("The opposition", ("OPPOSITION",)), ("BJP alliance", ("BJP+",))]


def test_states_and_houses(index) -> None:
    ms = find_mentions("उत्तर प्रदेश के लोकसभा उपचुनाव और पंजाब विधानसभा; Uttar Pradesh assembly, UP MLA and MP", index)
    assert [(m.text, m.ids) for m in kinds(ms, "state")] == [
        ("उत्तर प्रदेश", ("Uttar Pradesh",)), ("पंजाब", ("Punjab",)),
        ("Uttar Pradesh", ("Uttar Pradesh",)), ("UP", ("Uttar Pradesh",))]
    assert [m.ids[0] for m in kinds(ms, "house")] == ["LS", "VS", "VS", "VS", "LS"]


# -- constituencies ----------------------------------------------------------------------------------
def test_constituencies_in_both_scripts(ref, index) -> None:
    ms = find_mentions("नूरपुर और कैराना में; Noorpur and KAIRANA too", index)
    found = kinds(ms, "constituency")
    assert [m.text for m in found] == ["नूरपुर", "कैराना", "Noorpur", "KAIRANA"]
    kairana_ids = {c.id for c in ref.constituencies() if c.name == "Kairana"}
    assert set(found[1].ids) == kairana_ids and len(kairana_ids) == 2  # LS and VS seat
    assert found[0].name == "Noorpur"


def test_hindi_common_word_is_not_a_lone_place(index) -> None:
    # सालों (years: a plural ending in a nasal vowel) is not Salon; दरबार (court) is not Dharwar
    assert kinds(find_mentions("पिछले पांच सालों में यहां से कोई विधायक मंत्री नहीं बना", index), "constituency") == []
    assert kinds(find_mentions("योगी के जनता दरबार में पहुंचे एक बुजुर्ग", index), "constituency") == []
    # the place itself, spelt as Hindi writes it, and a plural form right before a place cue
    assert [m.name for m in kinds(find_mentions("सलोन में बीजेपी जीती", index), "constituency")] == ["Salon"]
    assert [m.name for m in kinds(find_mentions("धारवाड़ में कांग्रेस जीती", index, 1962), "constituency")] == ["Dharwar"]


def test_constituency_spellings_that_differ_from_the_record(index) -> None:
    def places(text):
        return [(m.text, m.name) for m in kinds(find_mentions(text, index, 2022), "constituency")]
    assert places("BJP के राजेंद्र नगर उपचुनाव हारने के कारण") == [("राजेंद्र नगर", "Rajinder Nagar")]
    assert places("अहमदाबाद के बापूनगर विधानसभा से भाजपा हार गई थी") == [("बापूनगर", "Bapunagar")]
    assert places("He was elected from the Krishnanagar (North) constituency") == [
        ("Krishnanagar (North)", "Krishnanagar Uttar")]
    assert places("कृष्णानगर उत्तर सीट") == [("कृष्णानगर उत्तर", "Krishnanagar Uttar")]


def test_a_seat_renamed_in_the_record_answers_both_names(ref, index) -> None:
    ids = {(c.name, c.house): c.id for c in ref.constituencies()}
    old, new = ids[("Berhampore", "LS")], ids[("Baharampur", "LS")]
    for text in ("Berhampore Lok Sabha seat", "Baharampur Lok Sabha seat"):
        assert set(kinds(find_mentions(text, index, 2022), "constituency")[0].ids) == {old, new}
    # a seat split or grown into a longer name is another seat, even with the same people standing
    assert kinds(find_mentions("the Panipat seat", index, 2022), "constituency")[0].ids == (ids[("Panipat", "VS")],)


def test_english_word_that_is_a_place_needs_a_capital(index) -> None:
    assert kinds(find_mentions("BJP won the seat by 500 votes", index), "constituency") == []


# -- candidates ----------------------------------------------------------------------------------------
def test_devanagari_names_reach_latin_records(ref, index) -> None:
    ms = find_mentions("मुकाबला समाजवादी पार्टी के नईमुल हसन और बीजेपी की अवनी सिह के बीच था", index, 2018)
    cands = kinds(ms, "candidate")
    assert [m.text for m in cands] == ["नईमुल हसन", "अवनी सिह"]
    assert names_of(ref, cands[0].ids) == {"Naimul Hasan", "NAIM UL HASAN"}
    assert names_of(ref, cands[1].ids) == {"Avnish Singh"}
    assert cands[0].score == 100 and cands[1].score < 100


def test_extra_surname_in_text(ref, index) -> None:
    ms = find_mentions("बीजेपी के दिवंगत विधायक लोकेंद्र सिंह चौहान के निधन के बाद", index, 2018)
    cands = kinds(ms, "candidate")
    assert len(cands) == 1 and names_of(ref, cands[0].ids) == {"LOKENDRA SINGH"}


def test_as_of_limits_candidacies(ref, index) -> None:
    ms = find_mentions("नईमुल हसन ने जीत दर्ज की", index, 2017)
    assert names_of(ref, kinds(ms, "candidate")[0].ids) == {"NAIM UL HASAN"}
    assert kinds(find_mentions("नईमुल हसन ने जीत दर्ज की", index, 2010), "candidate") == []


def test_hinglish_single_name_with_a_role_before_it(ref, index) -> None:
    ms = find_mentions("RLD प्रत्याशी तबस्सुम के पति-ससुर रह चुके हैं MP, बेटा है MLA… ऐसे ही नहीं कैराना से मैदान में", index, 2018)
    assert [m.kind for m in ms][:2] == ["party", "candidate"]
    assert names_of(ref, ms[1].ids) == {"Tabassum Begum €"}
    assert [m.kind for m in ms if m.text == "कैराना"] == ["constituency"]


def test_partial_names_in_english_and_hindi(ref, index) -> None:
    ms = find_mentions("In Bhadaur, Labh Singh defeated the chief minister. Later Channi conceded.", index, 2022)
    cands = kinds(ms, "candidate")
    assert [m.text for m in cands] == ["Labh Singh", "Channi"]
    assert names_of(ref, cands[0].ids) == {"LABH SINGH UGOKE"}
    assert names_of(ref, cands[1].ids) == {"CHARANJIT SINGH CHANNI"}
    ms = find_mentions("सीएम चन्नी चुनाव हार गए", index, 2022)
    assert names_of(ref, kinds(ms, "candidate")[0].ids) == {"CHARANJIT SINGH CHANNI"}


def test_whole_name_is_preferred_to_a_longer_namesake(ref, index) -> None:
    ms = find_mentions("चमकौर साहिब से चरणजीत सिंह जीते", index, 2022)
    cand = kinds(ms, "candidate")[0]
    assert cand.name == "CHARANJIT SINGH" and cand.score == 100
    assert cand.ids[0] in {r[0] for r in ref.query("SELECT id FROM results WHERE candidate = 'CHARANJIT SINGH'")}


def test_whole_name_of_either_hindi_reading_beats_a_longer_namesake(ref, index) -> None:
    # अमरिंदर reads AMRINDER and, with its schwa, AMARINDER: both whole names beat the longer
    # AMRINDER SINGH RAJA WARRING, and the one who stood most recently comes first
    for text in ("पूर्व सीएम कैप्टन अमरिंदर सिंह जैसे दिग्गज चुनाव हार गए", "former CM Amarinder Singh lost"):
        cand = kinds(find_mentions(text, index, 2022), "candidate")[0]
        assert cand.name == "Amarinder Singh" and cand.score == 100, text
        assert names_of(ref, cand.ids[:1]) == {"Amarinder Singh"}
    cand = kinds(find_mentions("पूर्व सीएम कैप्टन अमरिंदर सिंह जैसे दिग्गज चुनाव हार गए", index, 2022), "candidate")[0]
    assert names_of(ref, cand.ids) >= {"Amarinder Singh", "AMRINDER SINGH", "Amrinder Singh Raja Warring"}


def test_a_name_is_shown_as_recorded_in_its_latest_candidacy_before_as_of(index) -> None:
    # A. BIREN SINGH (2017) and VIREN SINGH (2010) have one key
    assert kinds(find_mentions("CM Biren Singh won", index, 2022), "candidate")[0].name == "A. BIREN SINGH"
    assert kinds(find_mentions("CM Biren Singh won", index, 2012), "candidate")[0].name == "VIREN SINGH"


def test_bhagwant_mann(ref, index) -> None:
    ms = find_mentions("AAP के सीएम उम्मीदवार भगवंत मान चुनाव जीत गए हैं", index, 2022)
    assert [m.kind for m in ms] == ["party", "candidate"]
    assert names_of(ref, ms[1].ids) == {"BHAGWANT MANN"}


@pytest.mark.parametrize("text", [
    "सिंह ने कहा", "Singh said", "कुमार को जीत मिली", "इस सीट पर जीत हुई", "वह मान गए", "Kumar won", "Jeet won",
    "Ram Singh's", "राम ने",
])
def test_common_words_are_not_candidates(index, text) -> None:
    assert kinds(find_mentions(text, index, 2022), "candidate") == [] or text == "Ram Singh's"


def test_full_common_name_is_still_a_candidate(ref, index) -> None:
    ms = find_mentions("BJP candidate Ram Singh won", index, 2022)
    assert names_of(ref, kinds(ms, "candidate")[0].ids) == {"RAM SINGH"}


def test_sentence_initial_capital_is_not_a_lone_name(index) -> None:
    text = "Channi lost. Later Channi conceded."
    found = kinds(find_mentions(text, index, 2022), "candidate")
    assert [m.start for m in found] == [text.index("Later") + 6]


def test_mentions_sorted_and_disjoint(index) -> None:
    text = "नूरपुर विधानसभा सीट पर सपा के नईमुल हसन ने बीजेपी की अवनि सिंह को हराया"
    ms = find_mentions(text, index, 2018)
    assert ms == sorted(ms, key=lambda m: m.start)
    for a, b in zip(ms, ms[1:]):
        assert a.end <= b.start
    for m in ms:
        assert text[m.start:m.end] == m.text


def test_devanagari_name_whose_record_keeps_the_schwa(ref, index) -> None:
    # पंकजा is said "pankja" but the record writes PANKAJA; the text also drops her father's name
    ms = find_mentions("क्या पंकजा मुंडे परली सीट से चुनाव हार गईं?", index, 2019)
    cands = kinds(ms, "candidate")
    assert [m.text for m in cands] == ["पंकजा मुंडे"]
    assert names_of(ref, cands[0].ids) == {"PANKAJA GOPINATHRAO MUNDE"}


def test_alias_marker_does_not_break_a_name(ref, index) -> None:
    ms = find_mentions("बीजेपी नेता दिनेश लाल यादव उर्फ निरहुआ ने मुलाकात की।", index, 2022)
    cands = kinds(ms, "candidate")
    assert [m.text for m in cands] == ["दिनेश लाल यादव उर्फ निरहुआ"]
    assert names_of(ref, cands[0].ids) == {"Dinesh Lal Yadav Nirahua"}
    # the nickname alone, read with its schwa (NIRAHUA), in the seat the text names
    ms = find_mentions("निरहुआ ने आजमगढ़ में उपचुनाव जीतने के बाद मुलाकात की", index, 2022)
    cands = kinds(ms, "candidate")
    assert [m.text for m in cands] == ["निरहुआ"]
    assert names_of(ref, cands[0].ids) == {"Dinesh Lal Yadav Nirahua"}


def test_close_match_of_a_longer_run_beats_an_exact_shorter_one(ref, index) -> None:
    text = "Sukhbir Badal and Prakash Singh Badal lost."
    ms = find_mentions(text, index, 2022)
    cands = kinds(ms, "candidate")
    assert "Prakash Singh Badal" in [m.text for m in cands]
    badal = [m for m in cands if m.text == "Prakash Singh Badal"][0]
    assert names_of(ref, badal.ids) == {"PARKASH SINGH BADAL"} and 88 <= badal.score < 100
    assert kinds(ms, "constituency") == []
    # with nothing after it, the exact name still wins
    ms = find_mentions("In Lohaghat, Prakash Singh lost.", index, 2022)
    assert names_of(ref, kinds(ms, "candidate")[0].ids) == {"PRAKASH SINGH"}


def test_place_word_inside_a_person_name_is_not_a_place(index) -> None:
    ms = find_mentions("The ruling party's Mekapati Vikram Reddy won the Atmakuru bypoll.", index, 2022)
    assert [(m.text, m.name) for m in kinds(ms, "constituency")] == [("Atmakuru", "Atmakur")]
    for text in ("BJP lost Bikram by 500 votes", "In Bikram Sidharth Saurav won"):
        assert [m.text for m in kinds(find_mentions(text, index, 2022), "constituency")] == ["Bikram"]


def test_lone_given_name_of_the_one_namesake_in_the_named_seat(ref, index) -> None:
    ms = find_mentions("सिराथू विधानसभा सीट पर जीत दर्ज करने वाली पल्लवी केंद्रीय मंत्री की बहन हैं", index, 2022)
    cands = kinds(ms, "candidate")
    assert [m.text for m in cands] == ["पल्लवी"]
    assert names_of(ref, cands[0].ids) == {"DR. PALLAVI PATEL"} and cands[0].score < 90  # loose: never refutes
    # no seat named and nothing marking a person: a given name alone is not enough
    assert kinds(find_mentions("जीत दर्ज करने वाली पल्लवी केंद्रीय मंत्री की बहन हैं", index, 2022), "candidate") == []


# -- cache and spaCy -----------------------------------------------------------------------------------
def test_load_uses_the_cache_and_rebuilds_when_the_reference_changes(ref, index, monkeypatch_module) -> None:
    path = EntityIndex.cache_path(ref)
    assert path.is_file()
    again = EntityIndex.load(ref)
    assert again.fingerprint == index.fingerprint
    path.write_bytes(b"not a pickle")
    assert EntityIndex.load(ref).cand_keys == index.cand_keys


def test_memoised_word_facts_change_nothing_and_are_not_pickled(index) -> None:
    import pickle

    texts = ["नूरपुर विधानसभा सीट पर सपा के नईमुल हसन ने बीजेपी की अवनि सिंह को हराया",
             "Channi lost. Later Channi conceded; BJP's Prakash Singh Badal won Krishnanagar (North).",
             "दिनेश लाल यादव उर्फ निरहुआ ने आजमगढ़ से चुनाव लड़ा"]
    first = [find_mentions(t, index, 2022) for t in texts]
    assert [find_mentions(t, index, 2022) for t in texts] == first  # the memo's second answers
    fresh = pickle.loads(pickle.dumps(index))
    assert "_lexicon" not in vars(fresh)
    assert [find_mentions(t, fresh, 2022) for t in texts] == first


def test_words_offsets_possessives_and_sentence_starts() -> None:
    from claims.entities import _words

    text = "BJP's win. Congress’s loss: JD(U) a.b5 नई  दिल्ली।X"
    got = [(w.text, text[w.start:w.end], w.sent_start) for w in _words(text)]
    assert got == [("BJP", "BJP", True), ("win", "win", False), ("Congress", "Congress", True),
                   ("loss", "loss", False), ("JD", "JD", True), ("U", "U", False), ("a.b", "a.b", False),
                   ("5", "5", False), ("नई", "नई", False), ("दिल्ली", "दिल्ली", False), ("X", "X", True)]


def test_spacy_component_sets_doc_mentions(ref, index) -> None:
    nlp = spacy.blank("hi")
    comp = nlp.add_pipe("election_entities")
    comp.set_index(index)
    doc = nlp.make_doc("नूरपुर में सपा के नईमुल हसन जीते")
    doc._.as_of = date(2018, 5, 31)
    doc = nlp(doc)
    assert [m.kind for m in doc._.mentions] == ["constituency", "party", "candidate"]


def test_component_without_index_says_so() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("election_entities")
    with pytest.raises(ValueError, match="set_index"):
        nlp("text")


SEED = Path(__file__).resolve().parents[1].parent / "shared" / "examples" / "noorpur_bypoll_2018_hi.txt"


@pytest.mark.fulldata
def test_seed_article_candidates(ref, index) -> None:
    if not SEED.is_file():
        pytest.skip(f"seed article absent: {SEED}")
    ms = find_mentions(SEED.read_text(encoding="utf-8"), index, 2018)
    cands = {m.text for m in kinds(ms, "candidate")}
    assert {"नईमुल हसन", "अवनी सिह", "अवनि सिंह", "लोकेंद्र सिंह", "तबस्सुम"} <= cands
    assert not cands & {"पूरे", "सीट", "जीत", "हार", "सिंह"}
