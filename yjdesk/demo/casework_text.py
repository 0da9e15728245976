"""Invented words for demo case work: ACORNS records, plans, reviews, out-of-court
decisions and exit plans. ``{n}`` is the child's name; ``{he}``/``{his}``/``{him}`` their
pronouns.
"""

from __future__ import annotations

AIMS = (
    "Review the week and work on the victim empathy session.",
    "Check in after the school meeting and plan the next two weeks.",
    "Session 3 of the consequential thinking work.",
    "Complete the reparation project planning with {n}.",
    "Talk through the curfew and how it is going at home.",
    "Explore what happened at the weekend and the police stop.",
    "Careers session: CV and college application.",
    "Emotional regulation work: spotting the warning signs.",
    "Home visit to see {n} and mum together about the plan.",
)
CONTENT = (
    "We went through the victim letter draft; {n} rewrote the second paragraph in {his} own "
    "words.", "Used the 'triggers and traps' worksheet; {n} named the bus station and two "
    "friends as risky.", "Talked about the weekend. {n} stayed in on Friday and went to "
    "boxing on Saturday.", "Looked at college courses online and filled in half the "
    "application.", "Mum joined for the last 15 minutes; we agreed the curfew times again.",
    "{n} was quiet at first; we walked to the shop and talked on the way back.",
    "Went over the referral order contract and what the panel will ask at the review.",
)
OUTCOMES = (
    "Engaged well; the task was completed.", "Partly engaged; we will finish it next time.",
    "Good session. {n} identified one thing to do differently.",
    "{n} agreed to attend the drug service appointment next week.",
    "Some progress; {he} is still minimising {his} part in the offence.",
)
RISKS = (
    "No change to risk this week.", "Mentioned older lads asking {him} to 'hold' things; "
    "shared with the police exploitation lead.", "Risk unchanged; engaging well.",
    "Risk to others slightly raised after an argument at school; monitoring.",
    "No new concerns. Engagement is a protective factor.",
)
NEXT = (
    "Next appointment Tuesday at the office, 4pm.", "Home visit next week with mum present.",
    "School visit on Thursday; speak to the SENCo first.",
    "Book the reparation session and confirm with the project.",
    "Send the college application and follow up.",
)
SAFE_NONE = ("No safeguarding concerns.", "None identified.", "Nothing new to report.")
VIEWS = (
    "\"It was alright today. I didn't want to come but it was better than I thought.\"",
    "\"I just want my order to be over.\"", "\"Boxing is the only thing that helps.\"",
    "\"I'm trying, I stayed in all weekend.\"", "\"School are on my back all the time.\"",
    "\"I want to do the college thing.\"", "\"Don't tell my mum about the weed.\"",
    "\"I'm bored. There's nothing to do round here.\"", "\"It's better at home now.\"",
)
#: Who was present, by venue (code list "contact_venue").
PRESENT = {
    "child_home": ("{n} and YJS worker", "{n}, mum and YJS worker",
                   "{n}, carer and YJS worker"),
    "school_college": ("{n} and YJS worker; teacher for part",),
    "yjs_office": ("{n} and YJS worker", "{n}, mum and YJS worker"),
    "family_hub": ("{n} and YJS worker",),
    "secure_estate": ("{n}, YJS worker and the unit's caseworker",),
}
DNA_AIMS = ("Planned session on victim awareness.", "Planned home visit to review the plan.",
            "Office appointment to complete the reparation plan.")
DNA_NEXT = ("Letter sent with a new appointment; phoned mum.",
            "Rearranged for Thursday; text reminder the day before.",
            "Warning letter to follow; manager informed.")
DNA_WHY = ("No answer at the door; phone switched off.",
           "Mum said {he} was ill; no evidence given.",
           "Told the school {he} had an appointment but did not turn up.")
CONCERNS = (
    "{n} said an older male gave {him} a phone and told {him} to answer it; possible "
    "criminal exploitation. Referred to children's social care and the exploitation panel.",
    "{n} had a cut on {his} forearm and said {he} did it {him}self last night. Mum "
    "informed; CAMHS crisis line called; GP appointment made for tomorrow.",
    "{n} was not at home at 11pm during the visit and mum did not know where {he} was; "
    "reported missing to police.",
    "{n} disclosed being threatened with a knife by a group near the bus station; police "
    "informed and safety plan updated.",
    "Concerns about home conditions: no food in the house and no electricity. "
    "Referral made to the children's services front door.",
)
MANAGER_ACTIONS = (
    "Discussed with the social worker; strategy meeting held.",
    "Referral to the exploitation panel confirmed; contact increased.",
    "Safety plan reviewed with the family; closed after the strategy discussion.",
)
TARGETS = {
    "desistance": (
        ("Get back into education or training for at least 15 hours a week.", "ETE worker"),
        ("Understand the harm caused and write a letter to the victim.", "YJS case manager"),
        ("Complete the consequential thinking programme (6 sessions).", "YJS case manager"),
        ("Find something to do in the evenings: boxing club or football.",
         "YJS case manager and {n}"),
    ),
    "safety_wellbeing": (
        ("Attend CAMHS appointments and use the safety plan when feeling low.", "CAMHS"),
        ("Cut down cannabis use with the young people's drug service.", "Drug service"),
        ("Stay safe from people who want to use {him}: know who to call.",
         "YJS case manager and social worker"),
        ("Keep to the curfew and tell mum where {he} is.", "{n} and mum"),
    ),
    "others_safety": (
        ("Work on managing anger without violence (4 sessions).", "YJS case manager"),
        ("Stay away from the victim's street as the order requires.", "{n}"),
        ("No weapons: knife crime awareness sessions.", "YJS case manager and police"),
        ("Restorative work with the victim if they agree.", "RJ worker"),
    ),
}
TARGET_WORDS = (
    "\"I want to go to college.\"", "\"I'll stay in after 9.\"", "\"Stop getting into fights.\"",
    "\"I want to get my head right.\"", "\"I'll write the letter but I'm not meeting him.\"",
    "\"Keep away from the lads from the estate.\"", "\"Get a job and my own money.\"",
)
PLAN_WORDS = (
    "\"I want to finish my order and get into college.\"",
    "\"My plan is to keep busy and stay away from trouble.\"",
    "\"I'm going to do boxing and go to school every day.\"",
    "\"Stay out of trouble so my mum stops worrying.\"",
)
CONTINGENCY_SELF = (
    "If {n} goes missing: police report immediately, the social worker is told and a "
    "strategy discussion is held within 24 hours.",
    "If {n} talks about hurting {him}self: CAMHS crisis line, GP the same day, mum removes "
    "medication; the YJS worker visits within a day.",
    "If the placement breaks down: the duty team finds an emergency placement and the YJS "
    "worker visits within 2 days.",
)
CONTINGENCY_OTHERS = (
    "If police intelligence links {n} to weapons: same-day risk meeting with the police; "
    "contact raised to twice weekly.",
    "If {n} goes near the victim's address: police informed, breach considered, victim "
    "liaison officer tells the victim.",
    "If there is further violence at school: school, YJS and parent meet within 3 days "
    "and the plan is reviewed.",
)
VICTIM_SAFETY = (
    "The victim has asked for no contact; exclusion zone around their street.",
    "Victim offered RJ through the victim worker; they will decide after the first letter.",
    "No identified victim (possession offence).",
)
CONTROLS = ("Curfew 7pm to 7am, electronically monitored.",
            "Exclusion from the town centre after 6pm.",
            "Police neighbourhood team informed; monthly information sharing.")
REVIEW_CHANGED = (
    "Started college three days a week; ETE target updated.",
    "Moved to nan's after arguments at home; living arrangements changed.",
    "Two missing episodes since the last review; contact increased.",
    "Good progress: victim letter written; target achieved.",
)
NO_CHANGE = ("The plan still fits: targets are in progress and nothing significant has "
             "changed.", "Progress is steady; the targets remain right for the time left.")
EVENTS = {
    "address_change": "Moved to a new address with dad.",
    "new_arrest": "Arrested on suspicion of theft; released under investigation.",
    "missing": "Reported missing overnight; found the next day in another town.",
    "school_exclusion": "Fixed-term exclusion for five days after a fight.",
    "homelessness": "Asked to leave home; staying with a friend's family.",
}
#: Screening summaries and panel rationales: (first contact with the YJS, a later one).
SCREENING = (
    ("First offence; admitted in interview; good school attendance; parents supportive.",
     "First police contact; admitted the offence; the victim was not injured."),
    ("Second police contact in a year; admitted; cannabis use and peer influence noted.",
     "Admitted the offence; previous out-of-court outcome; victim slightly injured."),
)
OOC_RATIONALE = (
    ("First offence, full admission and strong family support; a proportionate outcome "
     "that avoids a criminal record.", "The victim supports an informal outcome; the "
     "child engaged well at screening."),
    ("The offence follows a previous out-of-court outcome; a caution with conditions "
     "addresses the cannabis use and peer influence.", "Further offending despite the "
     "last outcome; the panel wants structured work with the YJS this time."),
)
OOC_CONDITIONS = ("Attend four sessions on victim awareness", "Complete a reparation "
                  "project (6 hours)", "Engage with the young people's drug service",
                  "Write a letter of apology to the victim")
EXIT_STRATEGIES = (
    "Go to boxing when angry; call my nan; stay away from the bus station at night.",
    "Keep my college timetable; tell mum where I am; text my mentor if things go wrong.",
    "Use my safety plan; talk to my key worker; keep busy at weekends with football.",
)
CHILD_FEEDBACK = (
    "\"It helped, I didn't think it would.\"", "\"My worker listened to me.\"",
    "\"Too many appointments but it was OK.\"", "\"I liked the boxing bit.\"",
)
FAMILY_FEEDBACK = ("Mum said things are calmer at home.", "Dad said the worker was fair.",
                   "Carer said communication was good throughout.", None)
