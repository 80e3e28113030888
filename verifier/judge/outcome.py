"""Outcome claims: "SP won Noorpur", "BJP lost Phulpur", "A defeated B", "X was the MLA from C",
and state-wide "BJP won the UP election".

In a contest
    The subject won when its row is the contest's one first-placed row (a party's outcome is its
    candidate's, an alliance's its contesting member's: ``res.subject_rows`` holds them).
    "held" (X was the MLA / MP from C) is judged like "won".
    "A defeated B" (``claim.opponent``) also needs B's row behind A's; "B lost to A" needs A's
    row first. A named opponent with no row in the contest leaves the claim unconfirmed.
    A subject that fielded no one: "won" is REFUTED (the record names another winner);
    "lost" is NOT_ENOUGH_INFO (the record cannot confirm a defeat in a contest the party did
    not enter — it may have backed an ally).
    No single first-placed row (a tie, missing positions): NOT_ENOUGH_INFO.

State- or nation-wide (no contest, ``res.tally`` set)
    "won the election" = the subject (a party, or an alliance's members added up) holds a
    majority of the seats (more than half). It is REFUTED when another party alone holds a
    majority, or when no one does and another party won more seats than the subject (it was
    not even the largest). When the subject is the largest but short of a majority, who "won"
    depends on who formed the government, which the record does not hold: NOT_ENOUGH_INFO.
    "lost the election" is the reverse reading of the same cases. (Rival *alliances* are not
    added up: the tally names only the subject's alliance.)

A run of wins ("लगातार पांच बार", "five wins on the trot", ``claim.streak``)
    SUPPORTED when the seat's general elections on record hold that many consecutive wins by the
    subject's party (or person) at some point; otherwise NOT_ENOUGH_INFO, never REFUTED: seats are
    redrawn and renamed, and a run may continue under a name the record keeps apart.

"Leading" claims are judged on the final result, and the explanation says so.
"""
from __future__ import annotations

from claims.model import Claim
from reference_db import names
from verifier.judge import explain
from verifier.judge.evidence import rows_evidence, tally_evidence
from verifier.judge.subject import best_row, parties_of, same_party, subject_label
from verifier.judge.tallies import majority_mark, seats_phrase, subject_seats, tally_label
from verifier.judge.verdict import finish, not_enough
from verifier.model import NOT_ENOUGH_INFO, REFUTED, SUPPORTED, Judgement, Resolution


def judge(claim: Claim, res: Resolution) -> Judgement:
    if claim.streak and res.history:
        return _streak(claim, res)
    if res.contest is not None:
        return _in_contest(claim, res)
    if res.tally is not None:
        return _state_wide(claim, res)
    return not_enough(claim, res, explain.election_label(res.election, claim.lang), explain.say("no_record", claim.lang))


def _opponent_label(claim: Claim, lang: str) -> str | None:
    o = claim.opponent
    if o is None:
        return None
    if o.kind == "candidate":
        return o.text if lang == "hi" and o.text else explain.display_name(o.name or o.text)
    return o.name or o.text


def _in_contest(claim: Claim, res: Resolution) -> Judgement:
    lang, contest = claim.lang, res.contest
    label = explain.election_label(contest.election, lang, contest=contest, claim=claim)
    outcome = claim.outcome if claim.outcome in ("won", "lost", "held") else "won"
    subj, opp_name = subject_label(claim, lang), _opponent_label(claim, lang)
    words = explain.outcome_words(subj, outcome, lang, opp_name)
    winner, runner = contest.winner, contest.runner_up
    rows, opp_rows = res.subject_rows, res.opponent_rows
    considered = rows_evidence(contest, [winner, runner, *rows, *opp_rows])
    best = best_row(rows)

    if winner is None:
        return not_enough(claim, res, label, explain.say("ambiguous_winner", lang), considered, matched=best)
    record = explain.result_phrase(contest, lang, claim, also=[*rows, *opp_rows])

    if best is None:
        no_row = explain.say("no_row", lang, who=subj)
        if outcome in ("won", "held"):
            body = [explain.sentence(record, lang=lang), explain.sentence(no_row, explain.verdict_clause(False, words, lang), lang=lang)]
            return finish(claim, res, REFUTED, label, body, rows_evidence(contest, [winner, runner]), certainty=0.9)
        return not_enough(claim, res, label, f"{record}; {no_row}", considered)

    if best.position is None:
        reason = explain.say("missing_field", lang, what=explain.what("position", lang), who=explain.row_name(best, lang, claim))
        return not_enough(claim, res, label, reason, considered, matched=best)

    won = best.id == winner.id
    holds = won if outcome in ("won", "held") else not won
    cited = [winner, runner, *rows]
    extra: list[str] = []
    if claim.opponent is not None:
        opp = best_row(opp_rows)
        if opp is None or opp.position is None:
            if holds:
                reason = explain.say("opponent_missing", lang, opp=opp_name)
                return not_enough(claim, res, label, f"{record}; {reason}", considered, matched=best)
        else:
            cited.append(opp)
            if outcome in ("won", "held"):
                holds = holds and opp.position > best.position
            else:
                holds = holds and opp.position == 1
    verdict = SUPPORTED if holds else REFUTED
    body = [explain.sentence(record, explain.verdict_clause(holds, words, lang), lang=lang), *extra]
    return finish(claim, res, verdict, label, body, rows_evidence(contest, cited), matched=best)


def _state_wide(claim: Claim, res: Resolution) -> Judgement:
    lang, tally = claim.lang, res.tally
    label = tally_label(res, lang)
    s = subject_seats(claim, res, tally)
    outcome = claim.outcome if claim.outcome in ("won", "lost", "held") else "won"
    words = explain.outcome_words(s.name, outcome, lang)
    if not s.known or tally.total_seats <= 0:
        return not_enough(claim, res, label, explain.say("no_row", lang, who=s.name))
    parties = [p for p, _ in s.breakdown] + ([s.rival[0]] if s.rival else [])
    phrase = seats_phrase(s, lang)
    bloc = _bloc_seats(res, tally)
    if s.majority:
        won: bool | None = True
    elif bloc is not None and bloc[1] >= majority_mark(tally.total_seats):
        # the front it led won: "BJP won the Bihar election" (NDA 202 of 243, BJP its largest)
        name, total, members = bloc
        largest = max(members, key=lambda t: t[1])[0]
        leads = any(largest == p for p, _ in s.breakdown)
        won = True if leads else None
        parties += [p for p, _ in members]
        phrase += "; " + _bloc_phrase(name, total, tally.total_seats, members, largest, lang)
        if not leads:
            why = (f"{s.name} उसका सबसे बड़ा दल नहीं था" if lang == "hi"
                   else f"{s.name} was not its largest party")
            return finish(claim, res, NOT_ENOUGH_INFO, label, [explain.sentence(phrase, why, lang=lang)],
                          tally_evidence(tally, parties, res.election if tally.state is not None else None))
    elif s.rival_majority or (s.rival is not None and s.rival[1] > s.seats
                              and not (bloc is not None and any(s.rival[0] == p for p, _ in bloc[2]))):
        won = False
    else:
        won = None
    evidence = tally_evidence(tally, parties, res.election if tally.state is not None else None)
    if won is None:
        hung = (f"{s.name} सबसे बड़ा दल रहा पर बहुमत से पीछे; सरकार किसने बनाई, यह रिकॉर्ड में नहीं है" if lang == "hi"
                else f"{s.name} was the largest but short of a majority, and the record does not say who formed the government")
        return finish(claim, res, NOT_ENOUGH_INFO, label, [explain.sentence(phrase, hung, lang=lang)], evidence)
    holds = won if outcome in ("won", "held") else not won
    body = [explain.sentence(phrase, explain.verdict_clause(holds, words, lang), lang=lang)]
    return finish(claim, res, SUPPORTED if holds else REFUTED, label, body, evidence, certainty=s.certainty)


def _bloc_seats(res: Resolution, tally) -> tuple[str, int, list[tuple[str, int]]] | None:
    """The subject's pre-poll front in this election: its name, seats, and each member's seats."""
    if res.bloc is None:
        return None
    name, members = res.bloc
    won = [(p, n) for p, n in tally.seats.items() if p in members and n > 0]
    if not won:
        return None
    return name, sum(n for _, n in won), sorted(won, key=lambda t: -t[1])


def _bloc_phrase(name: str, seats: int, total: int, members: list[tuple[str, int]], largest: str, lang: str) -> str:
    parts = " + ".join(f"{p} {n}" for p, n in members)
    if lang == "hi":
        return f"गठबंधन {name} ({parts}) को {total} में से {seats} सीटें मिलीं, जिसमें सबसे बड़ा दल {largest} था"
    return f"its front {name} ({parts}) won {seats} of {total}, {largest} the largest of them"


def _streak(claim: Claim, res: Resolution) -> Judgement:
    lang, history = claim.lang, res.history or []
    n = claim.streak or 0
    subject = claim.subject
    parties = parties_of(claim, res) if subject is not None and subject.kind != "candidate" else ()

    def won_by_subject(contest) -> bool:
        w = contest.winner
        if w is None:
            return False
        if subject is not None and subject.kind == "candidate":
            # the person the name matched, by name key (the record spells one person alike)
            return bool(res.subject_rows) and names.name_key(w.candidate) == names.name_key(res.subject_rows[0].candidate)
        return any(same_party(w.party, p) for p in parties)

    best: list = []
    run: list = []
    for contest in history:
        run = run + [contest] if won_by_subject(contest) else []
        if len(run) > len(best):
            best = run
    who = subject_label(claim, lang)
    seat = history[-1].constituency.name
    years = ", ".join(str(c.election.year) for c in best)
    last = best[-1] if best else history[-1]
    label = explain.election_label(last.election, lang, contest=last, claim=claim)
    rows = [c.winner for c in best if c.winner is not None]
    evidence = [e for c in best for e in rows_evidence(c, [c.winner])]
    if len(best) >= n:
        text = (f"{who} ने यहां लगातार {len(best)} आम चुनाव जीते ({years}) — दावा 'लगातार {n} बार' सही है" if lang == "hi"
                else f"{who} won {len(best)} general elections in a row here ({years}) — the claim of {n} in a row holds")
        return finish(claim, res, SUPPORTED, label, [explain.sentence(text, lang=lang)], evidence)
    most = len(best)
    text = (f"{seat} के रिकॉर्ड में {who} की लगातार अधिकतम {most} जीत हैं" + (f" ({years})" if years else "")
            + "; सीट की सीमाएं या नाम बदले हों तो पूरा क्रम रिकॉर्ड में नहीं दिखता, इसलिए दावे को गलत नहीं ठहराया गया"
            if lang == "hi" else
            f"the record of {seat} shows at most {most} wins in a row for {who}" + (f" ({years})" if years else "")
            + "; seats are redrawn and renamed, so a longer run may not show, and the claim is not called false")
    return not_enough(claim, res, label, text, evidence)
