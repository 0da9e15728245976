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
#: The conclusion that argues for each proposal (so the proposal, its detail and the
#: conclusion say the same thing).
CONCLUSIONS = {
    "yro": "{n} has engaged well since the offence and understands its impact on the "
           "victim. A youth rehabilitation order with targeted supervision is the "
           "proportionate response.",
    "yro_iss": "The offending is serious and has escalated, but {n} is young and has "
               "protective factors at home. Intensive supervision and surveillance can "
               "manage the risks in the community instead of custody.",
    "referral_order": "{n} has admitted the offence and shown remorse. A referral order "
                      "would let {him} repair the harm and work on the triggers "
                      "identified.",
}
PROPOSALS = {
    "referral_order": "A 6-month referral order with a contract covering ETE, victim "
                      "awareness and reparation.",
    "yro": "A 12-month youth rehabilitation order with supervision and an activity "
           "requirement.",
    "yro_iss": "A youth rehabilitation order with intensive supervision and surveillance as "
               "a direct alternative to custody.",
}
#: An offence analysis for each YJB offence group (resources/codelists/offence_type.json).
OFFENCE_BY_GROUP = {
    "robbery": "{n} was one of three young people who took a phone from another boy at the "
               "bus station. {He} says {he} did not plan it; CCTV shows {him} taking the "
               "phone.",
    "violence_against_the_person": "{n} assaulted a peer outside school after an argument "
                                   "on social media. {He} accepts {he} threw the first "
                                   "punch.",
    "drugs": "{n} was found with cannabis wraps and two phones; {he} says {he} was holding "
             "them for someone older.",
    "theft_and_handling": "{n} took goods from a supermarket with a friend and ran when "
                          "stopped. {He} says {he} wanted to fit in with older boys.",
    "burglary": "{n} entered a garage with two others and took bikes. {He} says {he} kept "
                "watch and did not go in; the others' statements say the same.",
    "criminal_damage": "{n} damaged bus shelters and a car on the estate late at night. "
                       "{He} says {he} had been drinking with older peers.",
    "possession_of_weapons": "{n} was stopped carrying a kitchen knife in the town centre. "
                             "{He} says {he} carried it because {he} felt unsafe.",
    "public_order": "{n} was part of a group that threatened staff at a takeaway. {He} "
                    "accepts {he} shouted and swore but denies any violence.",
    "vehicle_theft": "{n} was a passenger in a car taken from a driveway and then drove it "
                     "for a short way. {He} says it was a dare.",
}
#: When the offence group has no analysis of its own.
OFFENCE_OTHER = ("{n} admits the offence of {offence}. {He} says {he} acted on impulse "
                 "with friends and did not think about the harm it caused.")
RETURN_COMMENTS = ("The conclusion does not follow from the risk section; say why a "
                   "community order manages the risk of harm.",
                   "Add the victim's views and the school's information to the sources.")
OUTCOME_NOTES = ("Sentenced in line with the report's proposal.",
                 "The bench followed the proposal but shortened the order.",
                 "Sentenced as proposed; the victim's statement was read.")
