"""Invented words for demo court work: defence solicitors, report sections, comments."""

from __future__ import annotations

SOLICITORS = (
    ("Ms R. Whitlow", "Whitlow & Crane Solicitors", "rwhitlow@whitlowcrane.example.invalid"),
    ("Mr D. Okafor", "Fylde Coast Defence", "d.okafor@fyldedefence.example.invalid"),
    ("Ms J. Pennington", "Pennington Lloyd LLP", "jp@penningtonlloyd.example.invalid"),
    ("Mr A. Sandhu", "Ribble Criminal Law", "asandhu@ribblelaw.example.invalid"),
    ("Duty solicitor", None, None),
)
TIMES = ("10:00", "10:00", "10:30", "11:00", "11:30", "14:00", "14:30")
CONCLUSIONS = (
    "{n} has engaged well since the offence and understands its impact on the victim. "
    "A community sentence with targeted supervision is the proportionate response.",
    "The offending is serious and has escalated, but {n} is young and has protective "
    "factors at home. An intensive community order can manage the risks.",
    "{n} has admitted the offence and shown remorse. A referral order would let {him} "
    "repair the harm and work on the triggers identified.",
)
PROPOSALS = {
    "referral_order": "A 6-month referral order with a contract covering ETE, victim "
                      "awareness and reparation.",
    "yro": "A 12-month youth rehabilitation order with supervision and an activity "
           "requirement.",
    "yro_iss": "A youth rehabilitation order with intensive supervision and surveillance as "
               "a direct alternative to custody.",
}
OFFENCE = ("{n} was one of three young people who took a phone from another boy at the bus "
           "station. {He} says {he} did not plan it; CCTV shows {him} taking the phone.",
           "{n} assaulted a peer outside school after an argument on social media. "
           "{He} accepts {he} threw the first punch.",
           "{n} was found with cannabis wraps and two phones; {he} says {he} was holding "
           "them for someone older.")
RETURN_COMMENTS = ("The conclusion does not follow from the risk section; say why a "
                   "community order manages the risk of harm.",
                   "Add the victim's views and the school's information to the sources.")
OUTCOME_NOTES = ("Sentenced in line with the report's proposal.",
                 "The bench followed the proposal but shortened the order.",
                 "Sentenced as proposed; the victim's statement was read.")
