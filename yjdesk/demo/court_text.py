"""Invented words for demo court work: defence solicitors, report sections, comments."""

from __future__ import annotations

from yjdesk.services.codes import codelist

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
    "sexual_offences": "{n} shared an intimate image of another pupil in a group chat. {He} "
                       "says {he} did not think about how the other pupil would feel; {he} "
                       "now accepts the harm it caused.",
    "fraud_and_forgery": "{n} used a friend's bank card to buy clothes online. {He} says an "
                         "older boy told {him} it would not be noticed.",
    "racially_aggravated": "{n} shouted racist abuse at a shopkeeper who refused to serve "
                           "{his} group. {He} says {he} repeated what the others said.",
    "breach_of_statutory_order": "{n} stopped attending {his} supervision appointments and "
                                 "did not answer warnings. {He} says the sessions clashed "
                                 "with seeing friends.",
    "breach_of_bail": "{n} was found out after {his} curfew on three nights in a row. {He} "
                      "says {he} stayed at a friend's house after an argument at home.",
    "death_or_injury_by_dangerous_driving": "{n} drove a friend's car too fast on a wet road "
                                            "and hit a pedestrian, who was badly hurt. {He} "
                                            "is shocked by what happened.",
    "motoring": "{n} rode an uninsured motorbike on the road without a licence and failed "
                "to stop for the police. {He} says {he} did not think it was serious.",
    "other": "{n} threw stones at passing trains from a footbridge with friends. {He} says "
             "{he} did not think about the danger to the drivers and passengers.",
}
#: Offences whose group's analysis would describe a different offence (a garage is not a
#: dwelling, a fire is not paint).
OFFENCE_BY_CODE = {
    "burglary_dwelling": "{n} went into a neighbour's house through an open back door with "
                         "an older boy and took a games console. {He} says {he} was told "
                         "nobody was in.",
    "arson": "{n} set fire to wheelie bins behind a row of shops; the fire spread to a fence. "
             "{He} says {he} did not think it would spread.",
    "drugs_possession": "{n} was searched in the park and found with a small bag of cannabis. "
                        "{He} says {he} smokes it most days to help {him} sleep.",
}
#: When an offence group has no analysis of its own (every group in the code list has one:
#: tests/unit/test_demo_features.py).
OFFENCE_OTHER = ("{n} admits the offence. {He} says {he} acted on impulse with friends and "
                 "did not think about the harm it caused.")

RETURN_COMMENTS = ("The conclusion does not follow from the risk section; say why a "
                   "community order manages the risk of harm.",
                   "Add the victim's views and the school's information to the sources.")
OUTCOME_NOTES = ("Sentenced in line with the report's proposal.",
                 "The bench followed the proposal but shortened the order.",
                 "Sentenced as proposed; the victim's statement was read.")


def offence_analysis(offence_code: str | None) -> str:
    """The analysis template for an offence of ``offence_code`` (its YJB offence group's)."""
    meta = codelist("offence_type").get(offence_code) if offence_code else None
    if offence_code in OFFENCE_BY_CODE:
        return OFFENCE_BY_CODE[offence_code]
    return OFFENCE_BY_GROUP.get(str(meta.extra.get("group")) if meta else "", OFFENCE_OTHER)
