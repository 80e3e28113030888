"""Real records (official figures) built as reference_db.store objects, and claim builders, for
the judge tests. Figures: Noorpur AE 2017 and the 2018 by-election, Phulpur LS by-election 2018
(TCPD via ../shared/data)."""
from __future__ import annotations

from claims.model import Claim, ElectionHints, Mention, NumberMention
from reference_db.store import Constituency, Contest, Election, Row, Source
from verifier.model import Resolution, Tally

TCPD_AE = Source("TCPD Assembly Elections (via incumbency data)", "https://lokdhaba.ashoka.edu.in")
TCPD_GE = Source("TCPD General Elections", "https://lokdhaba.ashoka.edu.in")

UP_VS_2017 = Election(1, "VS", "Uttar Pradesh", 2017, 2, "general", 17)
UP_VS_2018_BYE = Election(2, "VS", "Uttar Pradesh", 2018, 5, "bye", 17)
UP_LS_2018_BYE = Election(3, "LS", "Uttar Pradesh", 2018, 3, "bye", 16)
UP_VS_2022 = Election(4, "VS", "Uttar Pradesh", 2022, 3, "general", 18)

NOORPUR_VS = Constituency(24, "VS", "Uttar Pradesh", 24, "NOORPUR", "GEN")
PHULPUR_LS = Constituency(51, "LS", "Uttar Pradesh", 51, "PHULPUR", "GEN")


def row(id, contest_id, candidate, party, votes, position, share=None, margin=None, source=TCPD_AE) -> Row:
    return Row(id, contest_id, candidate, party, None, votes, position, share, margin, None, None, None, source)


LOKENDRA = row(101, 10, "LOKENDRA SINGH", "BJP", 79172, 1, 38.98, 12736)
NAIM_2017 = row(102, 10, "NAIM UL HASAN", "SP", 66436, 2, 32.71, 20534)
GOHAR_2017 = row(103, 10, "GOHAR IQBAL", "BSP", 45902, 3, 22.6, 40564)
RLD_2017 = row(104, 10, "YOGESH URF TILLU TYAGI", "RLD", 2172, 5, 1.07, 1057)

NAIMUL_2018 = row(201, 20, "Naimul Hasan", "SP", 94875, 1, None, 5662)
AVNISH_2018 = row(202, 20, "Avnish Singh", "BJP", 89213, 2, None, 88016)
GOHAR_2018 = row(203, 20, "Gohar Iqbal", "LD", 1197, 3, 0.63, 185)

NAGENDRA = row(301, 30, "Nagendra Pratap Singh Patel", "SP", 342922, 1, 46.95, 59460, TCPD_GE)
KAUSHALENDRA = row(302, 30, "Kaushalendra Singh Patel", "BJP", 283462, 2, 38.81, 235368, TCPD_GE)
ATIQ = row(303, 30, "Atiq Ahmad", "IND", 48094, 3, 6.58, 28741, TCPD_GE)
MANISH = row(304, 30, "Manish Mishra", "INC", 19353, 4, 2.65, 15077, TCPD_GE)


def noorpur_2017() -> Contest:
    return Contest(10, UP_VS_2017, NOORPUR_VS, 0, 203108, None, None, 9,
                   [LOKENDRA, NAIM_2017, GOHAR_2017, RLD_2017])


def noorpur_2018() -> Contest:
    return Contest(20, UP_VS_2018_BYE, NOORPUR_VS, 1, None, None, None, 10, [NAIMUL_2018, AVNISH_2018, GOHAR_2018])


def phulpur_2018() -> Contest:
    return Contest(30, UP_LS_2018_BYE, PHULPUR_LS, 1, 730456, 1966410, 37.15, 23,
                   [NAGENDRA, KAUSHALENDRA, ATIQ, MANISH])


def up_2022_tally() -> Tally:
    """AE Uttar Pradesh 2022 position-1 counts (and a few parties' votes)."""
    return Tally("VS", 2022, "Uttar Pradesh",
                 seats={"BJP": 255, "SP": 111, "ADS": 12, "RLD": 8, "SBSP": 6, "NINSHAD": 6, "INC": 2,
                        "JD(L)": 2, "BSP": 1},
                 total_seats=403,
                 votes={"BJP": 38051721, "SP": 29543934, "BSP": 11873137, "INC": 2151234, "ADS": 1493181,
                        "RLD": 2630168, "SBSP": 1287643, "NINSHAD": 839294, "JD(L)": 318512, "AIMIM": 450929},
                 elections=[UP_VS_2022])


def hung_tally() -> Tally:
    """Goa AE 2022: 40 seats, BJP 20 — half, not a majority."""
    return Tally("VS", 2022, "Goa", seats={"BJP": 20, "INC": 11, "AAAP": 2, "MAG": 2, "IND": 3, "GFP": 1, "RGP": 1},
                 total_seats=40, votes={"BJP": 316573, "INC": 222948})


def party(name: str, text: str | None = None) -> Mention:
    return Mention("party", 0, len(text or name), text or name, (name,), name, 100.0)


def alliance(name: str, text: str | None = None) -> Mention:
    return Mention("alliance", 0, len(text or name), text or name, (name,), name, 100.0)


def candidate(r: Row, text: str | None = None, score: float = 100.0) -> Mention:
    return Mention("candidate", 0, len(text or r.candidate), text or r.candidate, (r.id,), r.candidate, score)


def place(c: Contest, text: str | None = None) -> Mention:
    return Mention("constituency", 0, 5, text or c.constituency.name, (c.constituency.id,), c.constituency.name)


def number(text: str, value: float, unit: float = 1, exact: bool = True, qualifier: str | None = None,
           percent: bool = False) -> NumberMention:
    return NumberMention(0, len(text), text, value, unit, exact, qualifier, percent)


def claim(type: str, lang: str = "en", **kw) -> Claim:
    hints = kw.pop("hints", None) or ElectionHints()
    return Claim(type=type, start=0, end=10, sentence_start=0, sentence_end=20, lang=lang, hints=hints, **kw)


def resolved(contest: Contest | None = None, rows: list[Row] = (), parties: tuple[str, ...] = (), **kw) -> Resolution:
    return Resolution(election=contest.election if contest else kw.pop("election", None), contest=contest,
                      subject_rows=list(rows), subject_parties=tuple(parties), **kw)
