"""A state party names its state: "BSP had won 19 seats" is about Uttar Pradesh, because nearly
all the BSP's assembly seats are there; a party spread over states names none."""
from datetime import date

from judge_records import alliance, party
from verifier.home_state import HomeStates, party_of


class Wins:
    """A stand-in reference: ``(party, state, year, seats)`` rows of assembly general elections."""

    def __init__(self, rows):
        self.rows = rows

    def assembly_wins(self):
        return list(self.rows)


ROWS = [
    ("BSP", "Uttar Pradesh", 2012, 80), ("BSP", "Uttar Pradesh", 2017, 19), ("BSP", "Rajasthan", 2018, 6),
    ("BSP", "Madhya Pradesh", 2018, 2),
    ("BJP", "Uttar Pradesh", 2017, 312), ("BJP", "Gujarat", 2017, 99), ("BJP", "Madhya Pradesh", 2018, 109),
    ("RJD", "Bihar", 2020, 75), ("RJD", "Jharkhand", 2019, 1),
    ("TDP", "Andhra Pradesh", 2014, 102), ("TDP", "Telangana", 2014, 15), ("TDP", "Telangana", 2018, 2),
    ("TDP", "Andhra Pradesh", 2019, 23), ("TDP", "Telangana", 2009, 39),  # seats now in Telangana
    ("NEWP", "Goa", 2022, 2),                                 # too few seats to say
    ("OLDP", "Haryana", 1977, 40),                            # long before the text
    ("AAP", "Delhi", 2020, 62), ("AAP", "Punjab", 2022, 92),  # two states
]
NO_EQUIVALENTS = lambda abbr: ()  # noqa: E731


def homes(year=2022):
    return HomeStates(Wins(ROWS)).table(year)


def test_a_party_with_nearly_all_its_seats_in_one_state_has_that_home():
    table = homes()
    assert table["BSP"] == "Uttar Pradesh"   # 99 of 107
    assert table["RJD"] == "Bihar"


def test_a_party_spread_over_states_or_with_too_few_seats_has_none():
    table = homes()
    for spread in ("BJP", "AAP", "TDP", "NEWP", "OLDP"):
        assert spread not in table, spread


def test_only_the_fifteen_years_before_the_text_count():
    assert "OLDP" in homes(1980) and "OLDP" not in homes(2022)
    assert "BSP" not in homes(2011)          # nothing won yet in the window


def test_a_party_led_alliance_stands_for_its_leader_and_a_named_bloc_for_none():
    assert party_of(party("SP")) == "SP"
    assert party_of(alliance("SP+", "सपा गठबंधन")) == "SP"
    assert party_of(alliance("NDA")) is None


def test_the_subject_first_then_the_one_state_every_other_party_shares():
    h = HomeStates(Wins(ROWS))
    as_of = date(2022, 1, 22)
    assert h.for_claim(party("BSP"), [], as_of, NO_EQUIVALENTS) == ("Uttar Pradesh", "BSP")
    # "BJP 312, BSP 19": the BJP has no home, the BSP beside it names Uttar Pradesh
    assert h.for_claim(party("BJP"), [party("BJP"), party("BSP")], as_of, NO_EQUIVALENTS) == ("Uttar Pradesh", "BSP")
    # parties beside it from two states: no state
    assert h.for_claim(party("BJP"), [party("BSP"), party("RJD")], as_of, NO_EQUIVALENTS) is None
    assert h.for_claim(party("BJP"), [], as_of, NO_EQUIVALENTS) is None


def test_an_equivalent_abbreviation_finds_the_home():
    h = HomeStates(Wins(ROWS))
    assert h.of("BAHUJAN", date(2022, 1, 1), ("BSP",)) == "Uttar Pradesh"
