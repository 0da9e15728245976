"""Invented words for demo assessments: the child's and parent's self-assessments, the
information gathered, and rationales for each rating. ``{n}`` is the child's name and
``{he}``/``{his}``/``{him}`` (capitalised ``{He}``/``{His}``) their pronouns.
"""

from __future__ import annotations

CHILD_WORRIES = (
    "Getting kicked out of school.", "My mum being ill.", "Going to prison.",
    "People from the estate coming after me.", "Not having any money.",
    "That I'll never get a job.", "My little brother copying me.",
    "Being moved to another placement.", "Nothing really, I'm fine.",
    "My dad finding out.", "Losing my friends if I stop going out.",
    "Getting arrested again.", "Not sleeping.",
    "Everyone thinking I'm a bad person.", "My nan's health.",
)
CHILD_HELP = (
    "Help with maths and getting back to full days.", "Getting into college to do mechanics.",
    "Boxing or the gym, something to do in the evenings.", "Someone to talk to who gets it.",
    "Sorting out my CSCS card so I can work.", "Getting my own room.",
    "Not having to see the police all the time.", "Help with my anger.",
    "Being able to see my dad.", "Learning to drive when I'm old enough.",
    "Football again. I used to play for a team.", "A job at the garage with my uncle.",
    "Help to stop smoking weed.", "Just being left alone to get on with it.",
)
CHILD_NOT_DONE = (
    "{n} declined to complete the self-assessment at the first two meetings; we will try "
    "again with the shorter version.",
    "{n} was in custody when the assessment was written; the self-assessment is planned "
    "for the first licence appointment.",
    "{n}'s reading age is below nine; the questions were talked through instead and are "
    "recorded in the information sections.",
)
PARENT_WORRIES = (
    "The older lads {he} hangs around with.", "{He} stays out all night and won't say where.",
    "That {he}'ll end up in prison like {his} dad.", "Drugs. I can smell it on {him}.",
    "School don't want {him} back.", "{His} temper. {He} punched the door again last week.",
    "That someone is using {him} to carry stuff.", "Money. {He} always has new trainers.",
    "I can't get {him} out of bed.", "Social media and who {he} talks to online.",
    "That I can't keep {him} safe any more.", "{His} mental health. {He} doesn't talk to me.",
)
PARENT_SUPPORT = (
    "Someone to talk to school.", "Help with the housing, we're overcrowded.",
    "A parenting group that isn't in the daytime.", "Help getting {him} to appointments.",
    "Knowing what to do when {he} goes missing.", "Money advice.",
    "Family therapy, we just argue.", "Respite, just a night or two.",
    "A key worker who doesn't keep changing.",
)
PARENT_NOT_DONE = (
    "Mum did not attend either appointment offered; a home visit is booked.",
    "Dad declined; he said the YJS is 'nothing to do with him'.",
)
CARER_NOT_DONE = ("{n} lives in a children's home; the key worker gave views in the "
                  "information sections instead.",)
#: Living arrangements by accommodation type (code list "accommodation_type").
LIVING = {
    "family_home": ("Lives with mum and two younger sisters in a three-bedroom council house.",
                    "Lives with dad and his partner; arguments at home most weeks.",
                    "Lives with mum and her partner; overcrowded flat on the second floor."),
    "kinship": ("Lives with {his} nan since moving out of mum's last year; the arrangement "
                "is stable.", "Lives with an aunt under a kinship arrangement."),
    "foster": ("In foster care since the age of twelve; a good relationship with the "
               "carers.", "Moved to a new foster placement three months ago."),
    "childrens_home": ("Lives in a children's home out of area; placement stable for six "
                       "months.", "Lives in a local children's home with three others."),
    "supported": ("Lives in supported accommodation with a key worker on site.",),
    "sofa_surfing": ("Has been sofa surfing between friends since being asked to leave "
                     "home.",),
}
PARENTING = (
    "Mum is warm but struggles to set boundaries; curfews are not kept.",
    "Nan supervises well and knows {his} friends by name.",
    "Dad works nights and {n} is often unsupervised in the evenings.",
    "Carers set clear routines and share information with the YJS.",
    "Mum has her own mental health difficulties and support is inconsistent.",
)
FAMILY = (
    "Close to {his} older sister; no contact with dad since the age of eight.",
    "Large family; two older brothers known to the police.",
    "Grandparents are a strong protective factor and attend meetings.",
    "Relationship with mum has improved since the family support worker started.",
    "Limited contact with birth family; sees mum once a month, supervised.",
)
#: Education, training and employment by status (code list "ete_status").
ETE = {
    "school_full_time": ("Attends school full time; attendance has improved this term.",
                         "Full-time at school; teachers describe {him} as bright but easily "
                         "led."),
    "school_part_time": ("On a part-time timetable after a managed move; attends about "
                         "two-thirds of it.",),
    "alternative_provision": ("Attends the PRU most days; staff say {he} responds well to "
                              "small groups.",),
    "college": ("Enrolled at college on a motor vehicle course; attendance is good.",),
    "training": ("On a construction traineeship three days a week.",),
    "employment": ("Works at a car wash; wants an apprenticeship.",),
    "excluded": ("Permanently excluded in the spring; alternative provision starts next "
                 "month.",),
    "neet": ("Not in education since Year 10; a careers adviser referral has been made.",),
    "elective_home_education": ("Electively home educated since Year 9; little structure "
                                "to the day.",),
    "not_known": ("The education provider has not yet been confirmed.",),
}
EHCP_NOTE = " The EHCP is reviewed each year; the SENCo is engaged with the plan."
PHYSICAL = (
    "No known health concerns; registered with a GP.", "Asthma, well managed.",
    "Poor sleep and diet; not registered with a dentist.",
    "Sustained a hand injury in a fight; has not attended follow-up appointments.",
)
MENTAL = (
    "Low mood since a family bereavement; CAMHS referral accepted.",
    "Anxious in groups; copes better one to one.", "No concerns reported by school or family.",
    "ADHD diagnosis; medication taken inconsistently.",
    "Talks about feeling angry all the time; emotional regulation work planned.",
)
SUBSTANCE = (
    "Uses cannabis most days; says it helps {him} sleep.", "Occasional alcohol at weekends.",
    "No substance use reported or suspected.",
    "Cannabis and nitrous oxide with peers; referred to the young people's drug service.",
)
LIFESTYLE = (
    "Spends evenings in the town centre with an older peer group.",
    "Few positive activities; mostly at home gaming.",
    "Police intelligence links {him} to older males involved in drug supply.",
    "Goes to boxing twice a week and likes it.",
    "Two missing episodes this year, found in another town each time.",
)
PATTERNS = (
    "Offending is with peers and at weekends.", "First offence; no previous police contact.",
    "Escalating from anti-social behaviour to violence over the last year.",
    "Offending linked to money and cannabis use.", "Offences happen when {he} is angry "
    "after conflict at home.",
)
ATTITUDES = (
    "Accepts responsibility and says {he} regrets it.", "Minimises {his} part; blames the "
    "others.", "Shows some victim empathy when it is explored.",
    "Says it was 'only a phone' but is starting to think about the victim.",
)
VICTIMS = (
    "The victim was a stranger of a similar age.", "No identified victim (possession).",
    "The victim was a shop worker; the store has asked for indirect reparation.",
    "The victim is a neighbour; the family have been rehoused nearby.",
)
VICTIM_NEEDS = (
    "The victim worker holds the victim's wishes; the plan keeps {him} away from where the "
    "victim lives and works.",
    "No identified victim; community reparation instead.",
    "The victim asked not to be contacted again; safety is covered by the exclusion zone.",
)
STRENGTHS = (
    "Close to {his} nan; loves football; attends boxing.",
    "Good relationship with {his} form tutor; wants to work with cars.",
    "Engages well one to one and is honest about what happened.",
    "Caring towards younger siblings; good at art.",
    "Holds down a weekend job at a car wash.",
)
GOALS = (
    "Get a college place.", "Get my own flat.", "Stay out of trouble till my order ends.",
    "Join the army.", "Be a mechanic.", "Make my mum proud.",
)
MATURITY = (
    "Young for {his} age; easily influenced by older peers.",
    "Thoughtful when calm; impulsive when with friends.",
    "Mature in some ways after caring for mum, but struggles to plan ahead.",
)
SOURCES = (
    "Children's social care, school, police intelligence.",
    "CAMHS, school SENCo, mum, previous YJS records.",
    "Police, the social worker, college tutor.",
    "Health visitor, GP summary, police national computer.",
)
#: How the self-assessments shaped the conclusions: both completed, the child's only,
#: the parent's or carer's only.
REFLECTION = {
    "both": ("{n} and {his} parent both named the older peer group; this shaped the "
             "likelihood rating and the ETE target.",
             "{n}'s worry and {his} parent's were the same (school); education is the first "
             "target and the parent's request for support is in the plan."),
    "child": ("{n} said school is the main worry, which is why education is the first "
              "target.", "{n}'s own goal is the basis of the desistance target; no parent "
              "or carer view could be obtained yet."),
    "parent": ("{n} did not complete the self-assessment; the parent's worries are "
               "reflected in the safety and wellbeing rating and the plan.",),
}
#: Rationales by rating; each pairs with the evidence the answers hold.
LIKELIHOOD = {
    "low": ("Offence committed impulsively; strong family support and a settled routine.",
            "{n} has accepted responsibility; protective factors outweigh the risks."),
    "medium": ("Offending with peers and at weekends; motivated to change but easily led.",
               "Peer influence and cannabis use are linked to the offending; motivated to "
               "change but inconsistent."),
    "high": ("Repeated offending, escalating in seriousness; not in education and "
             "associating with older offenders.", "Offending continued while on bail and "
             "the triggers are unchanged."),
}
ROSH = {
    "low": ("No violence in the offending history and no indication of intent to harm.",
            "Acquisitive offending only; no weapons or threats used."),
    "medium": ("Used intimidation in a group; no weapon.", "One assault causing minor "
               "injury; harm is possible if {he} is provoked."),
    "high": ("Carried a knife and used it to threaten; serious harm could occur at any "
             "time if {he} feels threatened.", "Serious assault on a peer with a weapon; "
             "the victim remains at risk from associates."),
    "very_high": ("Imminent risk: repeated weapon carrying, threats to a named person and "
                  "links to serious youth violence.",),
}
SAFETY = {
    "low": ("Settled at home with consistent supervision; no exploitation or health "
            "concerns.", "Protective family and school; no known risks to {his} safety."),
    "medium": ("Part-time timetable leaves unsupervised time with peers.",
               "Low mood and cannabis use; family support is inconsistent."),
    "high": ("Two missing episodes and links to older males suspected of exploitation.",
             "Unsuitable accommodation and cannabis use leave {him} vulnerable."),
    "very_high": ("Suspected county lines involvement with recent missing episodes and a "
                  "stabbing of an associate.",),
}
LEVEL = {
    "standard": "Low ratings and good engagement; standard contact is proportionate.",
    "enhanced": "Medium ratings with a peer-influence pattern; weekly contact needed.",
    "intensive": "High ratings for reoffending and harm; intensive supervision in line "
                 "with the order.",
}
HURT_SELF = ("{n} told us {he} sometimes feels like hurting {him}self; a self-harm safety "
             "plan is agreed with CAMHS.")
UNSAFE = ("{n} (or {his} carer) said {he} feels unsafe in parts of town, so the safety "
          "plan covers routes and times.")
CONTINGENCY = (
    "If {n} goes missing: report to police immediately, inform the social worker and "
    "hold a strategy discussion within 24 hours.",
    "If new intelligence links {him} to weapons: same-day risk management meeting, "
    "increase contact and share with the police.",
    "If the placement breaks down: emergency placement through the duty team; the YJS "
    "worker visits within 2 days.",
)
MAPPA = "Not MAPPA eligible: no specified sexual or violent offence with the qualifying sentence."
MAPPA_YES = "Sentenced to a DTO for a specified violent offence: category 2, managed at level 1."
