"""The words the extractive method reads lines by: action verbs by strength, weak phrases, hedges, topics.

Verbs are listed in their base and past forms; `text.stem` folds the other inflections onto them.
"""

from __future__ import annotations


def _set(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Verbs that name an outcome the writer owned: a resume line worth leading with.
STRONG_VERBS = _set(
    """
    accelerate accelerated achieve achieved architect architected automate automated boost boosted build built
    consolidate consolidated create created cut deliver delivered design designed double doubled drive drove
    eliminate eliminated establish established found founded grow grew halve halved hire hired improve improved
    increase increased introduce introduced invent invented launch launched lead led mentor mentored migrate
    migrated negotiate negotiated optimize optimized optimise optimised own owned pioneer pioneered redesign
    redesigned reduce reduced replace replaced rewrite rewrote rebuilt rebuild resolve resolved save saved scale
    scaled ship shipped simplify simplified spearhead spearheaded streamline streamlined transform transformed
    triple tripled unblock unblocked win won speed sped shrink shrank slash slashed decrease decreased raise raised
    """
)

# Verbs of solid, ordinary work.
MEDIUM_VERBS = _set(
    """
    add added analyze analyzed analyse analysed audit audited benchmark benchmarked coach coached configure configured
    debug debugged deploy deployed develop developed document documented draft drafted enable enabled evaluate
    evaluated extend extended fix fixed implement implemented instrument instrumented integrate integrated
    interview interviewed investigate investigated maintain maintained measure measured model modeled organize
    organized organise organised pair paired plan planned present presented profile profiled prototype prototyped
    publish published refactor refactored release released research researched review reviewed set run ran
    spec specced support supported test tested train trained triage triaged tune tuned update updated upgrade
    upgraded write wrote wrote teach taught onboard onboarded prepare prepared propose proposed outline outlined
    diagnose diagnosed harden hardened patch patched port ported split merge merged remove removed rename renamed
    """
)

# Phrases that say little about what was achieved: such lines rank last and are never highlights.
WEAK_PHRASES = (
    "worked on",
    "working on",
    "helped with",
    "helped out",
    "was involved",
    "involved in",
    "participated in",
    "attended",
    "responsible for",
    "looked into",
    "looking into",
    "tried to",
    "trying to",
    "started to",
    "various",
    "misc",
    "stuff",
    "some things",
    "meetings",
    "standup",
    "stand-up",
    "sync with",
    "catch up",
    "catch-up",
    "caught up",
    "emails",
    "admin",
)

# Softeners a CONFIDENT tone leaves out; dropping them never changes what a line claims.
HEDGES = (
    "i think",
    "kind of",
    "sort of",
    "a bit",
    "a little",
    "somewhat",
    "hopefully",
    "probably",
    "maybe",
    "just",
)

# Openers that carry no content: dropped from the start of a statement.
OPENERS = _set("i we today yesterday finally also then and so this week this morning afternoon eod")

STOPWORDS = _set(
    """
    a an the and or but of to in on for with at by from into onto over under as is are was were be been being it its
    this that these those there here i we our my me us you your he she they them their his her so than then too very
    can could should would will may might must do did does done have has had not no yes all any some more most less
    per via up down out off about after before again also just only own same such both each few other what which who
    whom when where why how
    """
)

# Topic words that place a line in a REVIEW or BRAG_DOC section (matched on stems, see `text.stem`).
COLLABORATION = _set(
    """
    mentor mentored mentoring coach coached pair paired pairing onboard onboarded review reviewed reviews
    partner partnered together team teams cross-team colleague colleagues interview interviewed hiring
    teach taught helped help support supported unblock unblocked workshop facilitated facilitate
    """
)
DESIGN_DOCS = _set(
    """
    design designed rfc adr doc docs document documented documentation architecture diagram diagrams spec specs
    specced proposal proposed runbook runbooks wiki writeup write-up
    """
)
LEARNING = _set(
    """
    learn learned learnt learning course courses certification certified study studied read book books tutorial
    training trained explore explored exploring experiment experimented
    """
)
GOALS = _set(
    """
    goal goals okr okrs objective objectives target targets roadmap milestone milestones aim
    """
)
OUTSIDE = _set(
    """
    talk talks meetup meetups conference conferences blog post posts open-source oss volunteer volunteered
    hackathon podcast community article articles speaker spoke keynote
    """
)
# Words of a story's setting (STAR "situation") and of its assignment ("task").
SITUATION = _set(
    """
    problem problems issue issues incident incidents outage outages slow failing failed broken bottleneck
    complaints complaint churn backlog risk legacy because flaky timeouts errors bug bugs regression
    """
)
TASK = _set("needed need goal asked task assigned deadline requirement required must had")
