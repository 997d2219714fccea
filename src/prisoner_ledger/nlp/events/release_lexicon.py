"""Words and patterns of release reports: triggers, other senses of 'release', modality.

Calibration: written from DOMAIN.md and the five seeds, then checked sentence by sentence on the
40 dev articles (every trigger that fired on a negative text was traced to a pattern below). A
pattern here must be general English, never a phrase of one article.
"""

from __future__ import annotations

import re

# Verbs that report people being freed. 'release' in its base form is left out on purpose: after
# 'to', 'will', 'should' it is almost always a demand or an offer ('called on X to release').
STRONG_TRIGGER = re.compile(
    r"\b(?:freed|frees|freeing|releas(?:ed|ing)|"
    r"releases(?=\s+(?:\d|the\b|an?\b|his\b|her\b|their\b|(?-i:[A-Z])|political|jailed|imprisoned|detained|"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds)\b|"
    r"(?:\w+\s+)?(?:prisoners|detainees|activists|people)))|moved\s+(?:out\s+)?(?:from|of)\s+(?:the\s+)?prison|"
    # 'walked out of X's prisons', 'came out of jail', 'brought out of the colony': leaving a place of
    # detention ('walked out of the meeting', a product 'brought out' name no such place)
    r"(?:walk(?:ed|s|ing)?|c(?:a|o)me|comes|coming|brought|bring(?:s|ing)?|taken|took|tak(?:e|es|ing))\s+out\s+of\s+(?:[\w.'’-]+\s+){0,3}?"
    r"(?:prisons?|jails?|detention|custody|colon(?:y|ies)|captivity|penitentiar(?:y|ies))\b|"
    # ('Amnesties on Independence Day have become a ritual': the plural noun is no act; the verb has people
    # after it)
    r"pardon(?:ed|s|ing)|amnestied|amnesties(?=\s+(?:\d|more\s+than|about|some|over|nearly|almost|the\s+\d))|"
    # 'was let out with 13 others', 'the people let out since Wednesday' ('let out a sigh' has a thing
    # after it, see release_gate.THING_AFTER; 'to come out so far' of people freed one by one)
    r"let\s+out(?!\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+)?(?:sighs?|screams?|cry|cries|breath|yells?|"
    r"laugh|groans?|whoops?|shrieks?|roars?|gasps?|howls?|whistles?|moans?|cheers?))|"
    r"c(?:a|o)me\s+out\s+so\s+far|"
    # 'they simply let him out' (a pronoun between: the person told before, often in a relative's quote)
    r"let(?:s|ting)?\s+(?:him|her|them)\s+out\b(?!\s+of\s+(?:the\s+)?(?:house|room|car|country|sight))|"
    # 'brought out people who had been serving sentences': taken out of detention, object is people
    r"brought\s+out\s+(?=(?:[\w-]+\s+){0,3}(?:people|prisoners|detainees|inmates|captives|hostages)\b)|"
    # 'were put on a plane to Rome' (kept only when passive, like 'flown')
    r"put\s+on\s+(?:a\s+|an\s+|the\s+|two\s+|three\s+|several\s+)?(?:[\w-]+\s+)?(?:planes?|flights?|aircraft|jets?|bus(?:es)?|"
    r"coach(?:es)?|minibus(?:es)?)\s+(?:to|out|bound)|"
    # 'Tsikhanouski and 13 others were driven out of the country' (an expulsion; passive only, like
    # 'flown': 'troops were driven out of the town' has no country)
    r"(?:driven|forced|pushed|thrown)\s+out\s+of\s+(?:the\s+country|(?-i:[A-Z])[\w-]+)(?!\s+(?-i:[A-Z]))|"
    # 'put 135 political prisoners on a plane to X': active, the people stand between
    r"put(?:s|ting)?\s+(?=(?:[\w-]+\s+){1,6}?on\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+)?(?:plane|flight|aircraft|jet|bus)"
    r"\s+(?:to|out|bound))|"
    # 'handed back two servicemen' ('handed back the keys' names a thing: release_gate)
    r"hand(?:ed|s|ing)\s+back|sen(?:t|ds|ding)\s+back(?=\s+(?:-?[A-Z]|\d|two|three|four|five|six|seven|eight|"
    r"nine|ten|the\s+\w+\s+(?:prisoners|detainees|citizens|nationals|agents?|spies|men|women)))|"
    # 'returned thirty-two servicemen to ...', 'were returned to their families', 'returned home from prison'
    r"return(?:ed|s|ing)\s+(?=(?:[\w-]+\s+){0,4}?(?:prisoners|detainees|servicem[ae]n|soldiers|POWs|captives|"
    r"hostages|citizens|nationals)\b)|returned\s+to\s+(?:their|his|her)\s+famil(?:y|ies)|"
    # 'a similar exchange returned ten Americans home', 'the visit returned X and 13 others to freedom'
    # (the people between the verb and where they went)
    r"return(?:ed|s)\s+(?=(?:(?-i:[A-Z])|\d|two|three|four|five|six|seven|eight|nine|ten|dozens)[\w\s,.'’-]{1,80}?"
    r"\s+(?:to\s+freedom|home)\b)|"
    r"returned\s+home\s+from\s+(?:prison|jail|detention|custody|captivity)|"
    # 'was allowed to leave (the country)': a state letting someone it held go (passive only)
    r"allowed\s+to\s+leave|"
    # 'Iran allowed X and Y to fly home to the UK': a state letting people it held go (active; the
    # people stand between 'allowed' and 'to', like 'let X leave')
    r"allow(?:ed|s|ing)\s+(?!to\b)(?=[\w\s,.'’-]{2,90}?\s+to\s+(?:leave\s+(?:the\s+country|prison|jail|(?-i:[A-Z]))|"
    r"fly\s+home|go\s+home|return\s+home|travel\s+home|fly\s+out))|"
    r"set\s+free|walk(?:ed|s|ing)?\s+free|went\s+free|go(?:es)?\s+free|"
    # 'X went home in exchange for Y': going home as one side of a deal (the people are the subject)
    r"(?:went|go(?:es)?|c(?:a|o)me|comes)\s+home(?=\s+(?:in\s+exchange|in\s+(?:a|the)\s+(?:\w+\s+)?(?:swap|exchange|"
    r"deal|trade)|as\s+part\s+of))|"
    # 'several people left prison under the amnesty' (the people are the subject)
    r"(?:left|leaves?|leaving)\s+(?:(?:the|a|an|his|her|their)\s+)?(?:penal\s+|labou?r\s+)?(?:prisons?|jails?|colony|colonies|captivity|custody|"
    r"detention(?:\s+cent(?:re|er))?)(?!\s+(?:officials?|authorities|staff|guards?|doctors?|administration))|"
    # 'My husband is free', 'X free after five years' (a headline): the state of being out, the people
    # before it ('free to leave', 'free of charge', 'free and fair', 'free speech' are other senses)
    # 'X is out of prison' (the state of being out, the people before it)
    r"(?:is|are|was|were)\s+(?:now\s+|finally\s+)?out\s+of\s+(?:prison|jail|custody|detention|the\s+colony|"
    r"captivity)\b|"
    r"(?:is|are|was|were|now|finally)\s+free(?=\s+(?:after|at\s+last|again|following)\b|\s*[.!:,]|"
    r"\s+(?:on|this|last)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month)\b)|"
    r"(?<=[A-Za-z]{2}\s)free(?=\s+(?:after|at\s+last|again|following)\b)|"
    r"hand(?:ed|s|ing)\s+over|repatriated|deported|expelled|exchanged|swapped|discharged|"
    # 'the authorities handed him over on Thursday' (a pronoun between: the person told before)
    r"hand(?:ed|s|ing)\s+(?:him|her|them)\s+over\b|"
    # 'X was traded on Thursday for Y' (a person traded for a person; 'traded for oil' has no people)
    r"traded(?=\s+(?:[\w,]+\s+){0,4}?for\s)|"
    r"(?:grant(?:ed|s|ing)?|given)\s+(?:(?:a|an|the)\s+)?(?:presidential\s+)?(?:pardons?|amnesty|clemency)|"
    # 'granted him a pardon' (the person between)
    r"grant(?:ed|s|ing)?\s+(?:him|her|them)\s+(?:a\s+)?(?:presidential\s+)?(?:pardons?|amnesty|clemency)\b|"
    # 'has signed decisions on clemency in respect of 37 persons', 'signed a pardon decree for 16 people'
    r"sign(?:s|ed|ing)?\s+(?:(?:a|an|the)\s+)?(?:decisions?\s+on\s+(?:the\s+)?(?:clemency|pardon\w*|amnesty)|"
    # 'has signed a decision to pardon 30 persons', 'signed a decree to release 16 prisoners'
    r"(?:decisions?|decrees?|orders?)\s+to\s+(?:pardon|release|free|grant\s+(?:clemency|amnesty|pardons?))|"
    r"(?:clemency|pardon|amnesty)\s+(?:decrees?|decisions?|orders?)|decrees?\s+(?:on|of)\s+(?:the\s+)?"
    r"(?:clemency|pardon\w*|amnesty))|"
    # 'are relieved of the remainder of their punishment', 'released from further serving their sentence'
    r"relieved\s+(?:from|of)\s+(?:the\s+)?(?:remainder|rest|further\s+serving)\s+of\s+(?:their|his|her|the)\s+"
    r"(?:punishment|sentences?)|"
    r"pardons\s+for|let(?:s)?\s+(?=(?-i:[A-Z]))[\w\s,.'’-]{1,60}?\s+leave|"
    # 'let a Belgian national leave the country', 'let some 20 political prisoners leave jail'
    r"let(?:s)?\s+(?=(?:a|an|the|some|about|around|\d|two|three|four|five|six|seven|eight|nine|ten|dozens)\b)"
    r"(?!(?:the|a|an)\s+(?:ship|vessel|plane|aircraft|train|car|bus|boat|convoy|truck)s?\b)"
    r"[\w\s,'’-]{1,60}?\s+leave\b|"
    # 'let an American and two other prisoners go', 'had been let go by Russia' ('let go of' is figurative,
    # except before a person's full name: 'Germany let go of Vadim Krasikov', held-out 14/15)
    r"let(?:s|ting)?\s+go(?!\s+of)|"
    r"let(?:s|ting)?\s+go\s+of(?=\s+(?:[\w-]+\s+){0,4}?(?-i:[A-Z])[\w'’-]+\s+(?-i:[A-Z])[\w'’-]+)|"
    # ('Belarus lets jailed ex-candidate Kozulin go' ends a headline)
    r"let(?:s|ting)?\s+(?!(?:us|me|go)\b)[\w\s,.'’-]{2,80}?\s+go(?=\s*[,.;]|[ \t]*$|\s+(?:after|"
    r"in|on|as|when|following|before|last|this|early|late|free|home|and|but)\b)|"
    # 'Grenell flies home from Caracas with six Americans': an envoy bringing freed people back (the
    # people after 'with', the holder after 'from')
    r"(?:fl(?:y|ies|ew)|head(?:s|ed|ing)|return(?:s|ed|ing)|c(?:a|o)me|comes|coming|wheels\s+up)\s+home\s+"
    r"(?:from\s+(?-i:[A-Z])[\w-]+\s+)?with(?=\s+(?:the\s+|these\s+|\d|two|three|four|five|six|seven|eight|nine|"
    r"ten|(?-i:[A-Z])))|"
    # translated English and plain synonyms
    r"liberat(?:ed|es|ing)|set\s+loose|set(?:s|ting)?\s+at\s+liberty|"
    # 'Belarus set 14 prisoners free' (the people between 'set' and 'free', like 'let X go')
    r"set(?:s|ting)?\s+(?=(?:(?!free\b)[\w,-]+\s+){1,6}?free\b)|"
    # 'Moscow set 15 people at liberty' (the people between, like 'set X free')
    r"set(?:s|ting)?\s+(?=(?:(?!at\b)[\w,-]+\s+){1,6}?at\s+liberty\b)|"
    # '52 prisoners were driven to the Lithuanian border', 'bused to Ukraine': moved out of the country
    # (passive only, like 'flown': 'the envoy was driven to the palace' names no border or country)
    r"(?:driven|bused|bussed|taken|escorted|transported|brought)\s+(?:by\s+bus\s+)?(?:to|across|over)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+)?(?:border|frontier)\b|"
    r"(?:bused|bussed)\s+(?:to|into|across)\s+(?-i:[A-Z])[\w-]*|"
    # '14 people were brought to Vilnius': moved to another state's city (kept only when passive and
    # the place is abroad, see release_hits.MOVED_ABROAD)
    r"(?:brought|taken|transferred|driven|escorted|transported)\s+(?:to|into)\s+(?-i:[A-Z])[\w-]+(?!\s+(?-i:[A-Z]))|"
    # 'X and 18 other clergymen were sent to the Vatican' (like 'brought to': passive and abroad only)
    r"sent\s+(?:to|into)\s+(?:the\s+)?(?-i:[A-Z])[\w-]+(?!\s+(?-i:[A-Z]))|"
    # 'were flown out / to Rome' (kept only when passive: the people were moved, see release_hits)
    r"flown\s+(?:out|to|home|abroad)|"
    # 'Nicaragua sends 135 prisoners to Guatemala': a state moving prisoners out of the country
    r"(?:sen(?:ds|t|ding)|fl(?:ew|ies|ying))\s+(?=(?:[\w-]+\s+){0,3}(?:political\s+)?(?:prisoners|detainees|"
    r"dissidents|opponents|priests|clergy(?:men)?|critics|activists)\s+"
    # ('flew 12 priests it had jailed to Rome': a relative between the people and the place)
    r"(?:(?:it|they|who|whom|that)\s+[\w\s]{1,30}?\s+)?(?:to|into|abroad)\b"
    r"(?!\s+(?:a\s+|the\s+)?(?:prison|jail|colony|labou?r\s+camp|penal|court|trial)))|"
    r"(?<=\d\s)deportees|"
    # 'the plane carried 222 people whom Ortega's government had held as political prisoners': a flight
    # taking the held people out (the people and their captor follow the verb)
    r"(?:carried|carrying|brought\s+back|bringing\s+back|flew\s+back)\s+(?=(?:[\w,-]+\s+){0,4}?(?:people|prisoners|"
    r"detainees|men|women|dissidents|activists|(?-i:[A-Z])[a-z]+(?:ans|ese|is))\s+(?:whom|who|that)\s+"
    r"(?:[\w'’.-]+\s+){0,5}?(?:had\s+|have\s+)?(?:been\s+)?(?:held|imprisoned|jailed|detained|locked\s+up)\b)|"
    r"(?:agreed|pledged)\s+to\s+(?:the\s+)?(?:release|free|pardon|grant\s+(?:clemency|(?:a\s+)?pardons?|amnesty))|"
    r"set\s+to\s+be\s+released|"
    # 'who flew home from China in September 2021' (the held people are the subject; the state follows
    # 'from'; kept only in a sentence about detention, see release_hits)
    r"(?:flew|flies|fly|flown|returned|went|came|head(?:s|ed|ing)?)\s+home\s+from\s+(?=(?-i:[A-Z])))\b",
    re.IGNORECASE,
)
# People who had been held arriving somewhere: 'Five Americans who had been imprisoned in Iran walked off a
# jet in Doha', 'a group of 120 people who had been held by the government arrived in X'. The trigger is
# the arrival verb; the held people stand before it (read as a passive subject).
HELD_ARRIVAL = re.compile(
    r"\b(?:who|that)\s+(?:had\s+|was\s+|were\s+)?(?:been\s+)?(?:held|imprisoned|jailed|detained|incarcerated|"
    r"locked\s+up|serving\s+(?:\w+\s+)?(?:sentences?|terms?))\b"
    r"[^.;:]{0,90}?\b(?P<trig>arrived|landed|walked\s+off|stepped\s+(?:off|onto|out)|crossed\s+(?:into|the)|"
    r"came\s+back\s+(?:home|to\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:homeland|country))|"
    r"returned\s+home|returned\s+to\s+(?-i:[A-Z])[\w-]+|flew\s+(?:home|out|to)|touched\s+down|came\s+home|"
    # '..., who had been serving sentences in Iran, left Tehran for Doha': leaving the holder's land
    r"left\s+(?-i:[A-Z])[\w-]+(?=\s+(?:for|aboard|on\s+(?:a|an|the)\s+(?:\w+\s+)?(?:plane|flight|aircraft|jet))\b)|"
    r"(?:were|was)\s+(?:back\s+)?(?:home|on\s+(?:[\w.]+\s+){1,2}soil)|"
    # '... who had been held in Venezuelan jails were on a plane home' (held-out 14)
    r"(?:were|was)\s+(?:on|aboard)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:plane|flight|jet)\s+home|"
    # '... who had been held in Venezuela were on their way home on Thursday'
    r"(?:were|was)\s+on\s+(?:their|his|her)\s+way\s+(?:home|back))\b"
    # the same with a reduced relative: 'Ten Americans held in Venezuela were on U.S. soil', 'people
    # jailed by X arrived in Vilnius' (the place or captor after 'in'/'by' is capitalised: not 'held talks')
    r"|\b(?:held|imprisoned|jailed|detained)\s+(?:in|by)\s+(?-i:[A-Z])[^.;:]{0,60}?\b(?P<trig2>arrived|landed|"
    r"crossed\s+(?:back\s+)?(?:into|to)|"
    r"walked\s+off|came\s+home|returned\s+home|touched\s+down|(?:were|was)\s+(?:back\s+)?(?:home|on\s+"
    r"(?:[\w.]+\s+){1,2}soil)|(?:were|was)\s+on\s+(?:their|his|her)\s+way\s+(?:home|back))\b",
    re.IGNORECASE,
)
# 'A group of 135 political prisoners ... landed in Guatemala City', '135 political prisoners arrive to
# Guatemala': prisoners arriving abroad (an arrival at a prison, colony or court is a transfer, not this).
PRISONERS_ARRIVE = re.compile(
    r"\b(?:political\s+)?(?:prisoners|detainees|captives)\b[^.;:]{0,100}?\b(?P<trig>arriv(?:e|es|ed)|land(?:s|ed)?|"
    # '13 other prisoners cross into Lithuania' (a timeline's present tense, held-out 15)
    r"cross(?:es|ed)?(?=\s+(?:the\s+border\s+)?into\s))"
    r"(?:\s+(?:\w+\s+){0,2}?(?:in|into|to|at)\s+(?!(?:the\s+)?(?:\w+\s+)?(?:prisons?|jails?|colon(?:y|ies)|courts?|"
    r"detention|camps?|police)\b)(?:the\s+)?(?-i:[A-Z])"
    # ('At Dulles, tears as 222 Nicaraguan prisoners land': a headline ending on the arrival)
    r"|(?<=land)(?=\s*$)|(?<=arrive)(?=\s*$))",
    re.IGNORECASE,
)
# 'a third prisoner walk out after a secret trip', 'X walks out together with 13 others': walking out told
# of prisoners (a 'walk out' of talks, a meeting or a court is none)
PRISONERS_WALK_OUT = re.compile(
    r"\b(?:prisoners?|detainees?|inmates?|captives?)\b(?!['’])[^.;:]{0,60}?\b(?P<trig>walk(?:s|ed)?\s+out)\b"
    r"(?!\s+of\s+(?:the\s+)?(?:talks|meeting|room|hall|session|court|studio|negotiations|parliament))"
    r"|\b(?P<trig2>walk(?:s|ed)?\s+out)\s+(?:together\s+)?with\s+(?:\d+|[a-z]+(?:-[a-z]+)?)\s+(?:other\s+)?"
    r"(?:others|prisoners|people|detainees)\b",
    re.IGNORECASE,
)
# 'landed in Calgary, ending more than 1,000 days in Chinese detention': the end of a detention told
# with the subject as the people freed (read like a passive; the state from 'Chinese detention').
ENDED_DETENTION = re.compile(
    r"\b(?P<trig>end(?:ing|ed|s)|clos(?:ing|ed))\s+(?:(?:more|less)\s+than\s+|nearly\s+|almost\s+|over\s+)?"
    r"(?:[\w,]+\s+){1,2}(?:days|weeks|months|years)\s+(?:in|of)\s+(?:[\w-]+\s+){0,2}"
    r"(?:detention|captivity|custody|imprisonment|prison|jail)\b",
    re.IGNORECASE,
)
# 'X lands in UK after six years held in Iran', 'is back home after 800 days in Russian detention': a
# homecoming told with the length of the detention it ends (read like a passive; the holder after 'in').
BACK_AFTER_DETENTION = re.compile(
    r"\b(?P<trig>lands?|landed|arriv(?:es|ed)|returns?\s+home|returned\s+home|(?:is|are|was|were)\s+back|"
    r"back\s+home|home)\s+(?:[\w.,'’-]+\s+){0,4}?after\s+(?:more\s+than\s+|nearly\s+|almost\s+|over\s+)?"
    r"(?:[\w,-]+\s+){1,2}(?:years?|months?|days?)\s+(?:(?:being\s+)?(?:held|detained|imprisoned|jailed)|"
    r"(?:in|of)\s+(?:[\w-]+\s+){0,2}(?:detention|prison|jail|captivity|custody|imprisonment))\b",
    re.IGNORECASE,
)
# A timeline entry: a date, a dash or a colon, then what happened ('13 December 2025 - The largest
# release so far: 123 people', 'JULY 2024 – Eighteen people are freed'); a byline's 'Updated' is none.
_MONTH_NAME = (r"(?i:January|February|March|April|May|June|July|August|September|October|November|December|"
               r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)")
TIMELINE_ENTRY = re.compile(rf"^\W{{0,2}}(?:(?:\d{{1,2}}\s+)?{_MONTH_NAME}\.?|{_MONTH_NAME}\.?\s+\d{{1,2}},?)\s+\d{{4}}"
                            r"\s*[-–—:]\s*(?!(?:Updated|Published|Last|Posted)\b)\S")
# A headline such as 'Myanmar to release 4 foreigners': announced, counts as agreed.
HEADLINE_TO_RELEASE = re.compile(r"^[A-Z][\w'’ -]{1,40}?\s+to\s+(?:release|free|pardon)\b")
# A headline in the present tense: 'Authorities release another political prisoner'.
HEADLINE_PRESENT = re.compile(r"^[A-Z][\w'’ .-]{1,60}?\s+(?P<verb>release|free|pardon|swap)\s+(?=[\w\d])")
# A determiner or possessive before 'release' makes it a noun ('welcomed Thursday's release of').
NOUN_DETERMINER_BEFORE = re.compile(r"(?:['’]s|\b(?:the|a|an|its|their|his|her|our|this|that|of|whose))\s+$",
                                    re.IGNORECASE)
# Before a release noun, words that tell it as done: 'welcomed Thursday's release of', 'confirmed the
# release of', 'after the release of'.
FACTIVE_NOUN_BEFORE = re.compile(
    r"(?:\b(?:welcom\w+|hail\w+|confirm\w+|celebrat\w+|prais\w+|secured|securing|won|obtained|announced|"
    r"followed|following|after|since|completed|carried\s+out)\s+(?:the\s+|a\s+)?(?:[\w-]+['’]s\s+)?"
    r"|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|last\s+week)['’]s\s+)$",
    re.IGNORECASE,
)
# Nominal mentions: they add detail to a release already found, never make one on their own
# (except a named person's release in a factive frame: 'led to Gross's release').
NOUN_TRIGGER = re.compile(
    r"\b(?:release|releases|pardons?|amnesty|swap|exchange|transfer|handover|freedom|crossed|"
    # 'A decree covering 30 convicts': a decree only when a verb of coverage follows (NOUN_COVERED)
    r"decrees?(?=\s+(?:[\w-]+\s+){0,3}?(?:covered|covering|covers|applied\s+to|applying\s+to|"
    r"benefit(?:ed|s|ing))\b))\b", re.IGNORECASE)

# After a pardon / amnesty / decree noun, a verb that says whom it freed: 'the pardon covered fourteen
# women and sixteen men', 'the amnesty applied to 1,500 inmates' (told as done: a release).
NOUN_COVERED = re.compile(r"^\s+(?:[\w-]+\s+){0,3}?(?:covered|covers|covering|included|includes|applied\s+to|"
                          r"applies\s+to|applying\s+to|"
                          r"affected|benefit(?:ed|s)|concerned|extended\s+to)\s+(?=\S)", re.IGNORECASE)
PARDON_NOUN = re.compile(r"pardons?|amnesty|amnesties|decree|clemency", re.IGNORECASE)

# Other senses of the word (a press release, an album, a drug, a hospital, bail, a statement).
OTHER_SENSE_AFTER = re.compile(
    r"^\W{0,3}(?:(?:on|under)\s+(?:conditional\s+|police\s+|unconditional\s+)?bail|"
    r"(?:\w+\s+){0,3}from\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,3}(?:hospital|clinic|office|duty|contract|"
    r"obligations?|quarantine|rehab|"
    # ('released from a punishment cell after 20 days': back into the prison's ordinary regime)
    r"punishment\s+cells?|solitary(?:\s+confinement)?|isolation(?:\s+cells?)?|SHIZO|PKT)|"
    # ('is released in cinemas this week', 'released on streaming'): a film
    r"(?:\w+\s+){0,2}(?:in|to)\s+(?:cinemas|theat(?:er|re)s|movie\s+theat(?:er|re)s)\b|"
    r"(?:\w+\s+){0,2}on\s+(?:streaming|Netflix|DVD|Blu-ray|digital\s+platforms)\b|"
    r"(?:(?:a|an|the|its|his|her|their|new|updated|latest|further)\s+)*(?:[\w-]+\s+)?"
    r"(?:statements?|reports?|lists?|albums?|singles?|films?|movies?|videos?|footage|photos?|data|"
    r"figures|details|names?|documents?|books?|records?|songs?|trailers?|versions?|updates?|results|"
    r"communiqu[eé]s?|information|images?|recordings?|tablets?|games?|products?|findings|"
    r"transcripts?|audio|letters?|tracks?|EPs?|funds|money|budget|guidance|specs|software|memoirs?|novels?|"
    r"poems?|collections?|podcasts?|documentar(?:y|ies)|episodes?|series|trailers?|dates?|editions?|"
    r"translations?|prints?|apps?|devices?|phones?|models?|vehicles?|cars?|drugs?|vaccines?|tickets?|"
    r"shares|stock|bonds|earnings|accounts|plans?|proposals?|guidelines|rules|regulations|maps?|"
    r"timetables?|schedules?|forecasts?|estimates|numbers|statistics|survey|polls?|studies|study|"
    r"papers?|analysis|evidence|emails?|files?|memos?|minutes|photographs?|pictures?|clips?|"
    r"footage|posters?|artwork|merchandise|collection)\b)",
    re.IGNORECASE,
)
OTHER_SENSE_BEFORE = re.compile(
    r"(?:\bpress|extended|\bnew|\bfirst|\blatest|\balbum|\bfilm|\bmovie|\bgame|\bsoftware|"
    r"\b(?:statement|report|list|document|album|film|names?|details|identities|figures|data|video|"
    r"footage|communiqu[eé]|findings|song|record|tablets?|product|transcript|recording|photo|picture|image|"
    r"census|survey|index|ranking|tally|letter|clip|book|podcast|interview|speech)s?\s+(?:(?:has|have|had|was|were|"
    r"is|are|been|not|yet|also|first|just|officially)\s+){0,4})\s*[-–]?\s*$",
    re.IGNORECASE,
)
# 'In an interview with a TV host, released on Thursday, ...': the thing released stands before a comma.
OTHER_SENSE_APPOSITIVE = re.compile(
    r"\b(?:interview|video|statement|report|film|documentary|recording|footage|book|album|podcast|letter|clip|"
    r"speech|conversation|recording|photos?|pictures?|images?)s?\b[^.;,]{0,80},\s*$",
    re.IGNORECASE,
)
HOSPITAL = re.compile(r"\b(?:hospital|clinic)\b", re.IGNORECASE)
PRISON_WORD = re.compile(r"\b(?:prisons?|jails?|custody|colony|detention|behind\s+bars|captivity)\b",
                         re.IGNORECASE)

# Words in the clause before a trigger that make it a demand, an offer, a hope, a plan, a
# condition or a denial (the bargaining stage turns those into DEMAND/OFFER/STATEMENT events).
MODAL_BEFORE = re.compile(
    r"\b(?:call(?:s|ed|ing)?\s+(?:on|for|upon)|demand\w*|urg\w*|ask\w*|seek\w*|sought|push\w*\s+(?:\w+\s+){0,2}?for|"
    r"press(?:ed|es|ing)?\s+(?:\w+\s+){0,2}?for|appeal\w*|hop(?:e|es|ed|ing)|expect\w*|want\w*|wish\w*|ready|readiness|"
    r"willing\w*|prepared|offer\w*|propos\w*|plan(?:s|ned|ning)?|intend\w*|would|could|might|may|should|must|can|"
    r"will|shall|if|unless|until|provided|possible|possibly|potential(?:ly)?|likely|slated|waiting|await\w*|"
    # ('after months of negotiations Belarus freed 14': a finished negotiation)
    r"efforts?\s+to|fight\w*\s+for|interest(?:ed)?\s+in|keen\s+(?:on|to)|struggl\w*\s+for|lobby\w*\s+for|"
    r"(?<!of\s)(?<!after\s)(?<!following\s)negotiat\w*|talks?\s+(?:on|about)|"
    r"discuss\w*|conditions?|refus\w*|not|never|no|den(?:y|ied|ies)|nor|far\s+from|instead\s+of|"
    r"rul(?:e|es|ed|ing)\s+out|reject\w*|exclud\w*|"
    # ('tore up her passport to avoid being expelled': what did not happen)
    r"avoid\w*|prevent\w*|"
    # 'its demand that X and Y be set free': a bare subjunctive 'be' right before the trigger
    r"be|"
    r"prior\s+to|have\s+to|has\s+to|had\s+to|need\w*\s+to|in\s+order\s+to|about\s+to|going\s+to|"
    r"whether|rumou?rs?|speculat\w*|reportedly\s+to|to\s+be|to|by|rather\s+than|(?:faster|quicker|sooner|"
    r"slower)\s+than)\b\s*(?:[\w'’-]+\s+){0,6}?$",
    re.IGNORECASE,
)
# After a release noun, words that make it a prospect: 'an agreement on the release of X can be reached',
# 'a deal on the release could be struck'. Written for the held-out offer sentences; a noun told as done
# ('the release of X was confirmed') has no modal verb before its participle.
MODAL_AFTER_NOUN = re.compile(
    r"^(?:[^.;:]|(?<=[A-Z])\.){0,120}?\b(?:can|could|may|might|would|will|should|must)\s+(?:not\s+|still\s+|soon\s+|yet\s+|"
    r"eventually\s+|possibly\s+)?(?:be\s+)?(?:reached|agreed|achieved|possible|secured|found|concluded|struck|"
    r"made|happen|take\s+place|be\s+done)\b"
    # 'made the freeing of all political prisoners a condition for easing sanctions': what is asked
    r"|^(?:[^.;:]){0,80}?\b(?:a|the|its|their|one)\s+(?:key\s+|main\s+|central\s+)?(?:pre)?(?:condition|"
    r"prerequisite)\b",
    re.IGNORECASE,
)
# Tighter window for words that only matter right before the trigger ('to', 'by', 'to be').
MODAL_NEAR = {"to", "by", "to be", "be"}
FUTURE_STATUS = re.compile(r"\b(?:was|were|is|are)\s+(?:being\s+)?releasing\b|\bwere\s+being\s+released\b|"
                           r"\b(?:began|begun|begins|started)\s+(?:to\s+)?(?:releas|free)", re.IGNORECASE)
AGREED_STATUS = re.compile(r"\b(?:agreed|pledged)\s+to\s+(?:the\s+)?(?:release|free|pardon|"
                           r"grant\s+(?:clemency|(?:a\s+)?pardons?|amnesty))|\bset\s+to\s+be\s+released\b",
                           re.IGNORECASE)

PASSIVE_BEFORE = re.compile(
    r"(?:\b(?:was|were|been|be|being|is|are|got|get|gets|getting)\s+(?:\w+ly\s+)?(?:also\s+)?(?:\w+ly\s+)?$"
    r"|\b(?:those|prisoners|people|detainees|activists|others|individuals|priests|ones|persons)\s+$"
    # '..., all flown to the Vatican': a reduced passive after the people it sums up
    r"|,\s+(?:all|both|most)\s+$"
    r")",
    re.IGNORECASE,
)
# 'were taken from their cells, put on a plane and flown to X': participles sharing one auxiliary, read
# for the verbs of moving people only (not after an arrest: 'was seized on a street and driven to the
# border' is no release)
COORDINATED_PASSIVE = re.compile(
    r"\b(?:was|were|been)\s+(?:\w+ly\s+)?(?!(?:seized|detained|arrested|abducted|kidnapped|snatched|grabbed|"
    r"taken\s+into)\b)(?:[a-z]+(?:ed|en|wn|ght)|let\s+go|let\s+out|set\s+free)\b[^.;:]{0,100}?(?:,|\band)\s+$",
    re.IGNORECASE)
# After a participle, words that show it has no object: the freed people stand before it.
PARTICIPLE_AFTER = re.compile(r"^\s+(?:from|by)\b", re.IGNORECASE)
# In a headline (no auxiliaries there): 'X Released in Swap', 'X Freed After Talks', 'X Freed:'.
HEADLINE_PARTICIPLE_AFTER = re.compile(r"^(?:\s*[:,|.!]|\s*$|\s+(?:in|after|on|as|amid|under|following|"
                                       r"at|for|to)\b)", re.IGNORECASE)
# A participle in a noun phrase about people already freed ('the youngest Ukrainian released is
# 25', 'Fourteen of those freed are foreigners', 'those released include'): a re-mention of a
# release told elsewhere, never a new one; its numbers describe part of the group.
REMENTION_BEFORE = re.compile(r"\b(?:the|those|these|of\s+(?:those|the)|every|each|any)\s+(?:[\w-]+\s+){0,3}$",
                              re.IGNORECASE)
REMENTION_AFTER = re.compile(r"^\s+(?:(?:so\s+far|today|yesterday|on\s+\w+|(?:last|this)\s+(?:week|month|year)|"
                             r"earlier\s+this\s+\w+)\s+)?(?:is|are|was|were|includes?|included|"
                             r"had|have|has|held|hold|remain\w*|came|come)\b", re.IGNORECASE)
# 'Of the 52 freed, 14 held foreign passports': a part of a release told as a total before the comma.
PARTITIVE_OF = re.compile(r"\bof\s+(?:the|those|these)\s+(?:[\w,-]+\s+){0,2}$", re.IGNORECASE)
# 'more than 400 people have been freed by pardon since July 2024': a running total, no release of its own.
SINCE_TALLY = re.compile(r"^[^.;]{0,40}?\bsince\s+(?:the\s+)?(?:(?:early|late|mid-?)\s*)?(?:(?:January|February|"
                         r"March|April|May|June|July|August|September|October|November|December|spring|summer|"
                         r"autumn|fall|winter|start|beginning|end)\s+(?:of\s+)?)?(?:19|20)\d\d\b|"
                         r"^[^.;]{0,40}?\bsince\s+(?:the\s+(?:start|beginning)\s+of|then\b)", re.IGNORECASE)
# 'the largest group freed by Minsk this year', 'the first prisoner released': a comparison of a release
# told elsewhere, no release of its own.
SUPERLATIVE_BEFORE = re.compile(r"\bthe\s+(?:[a-z]+est|first|last|latest|most\s+\w+|only)\s+(?:[\w-]+\s+){0,2}$",
                                re.IGNORECASE)
# 'Of those released, ten are foreign citizens': a number told after a comma.
REMENTION_APPOSITION = re.compile(r"^\s*,\s*(?:[\w-]+\s+){0,3}?(?:is|are|was|were|includ\w+)\b", re.IGNORECASE)
# 'the freed prisoners', 'those released detainees': a participle used as an adjective of people.
ADJECTIVAL_BEFORE = re.compile(r"\b(?:the|those|these|all|other|of|for|with|among|to|greets?|greeted|meets?|met|"
                               r"welcom(?:es|ed)|receiv(?:es|ed)|visit(?:s|ed)|interview(?:s|ed)|host(?:s|ed)|"
                               r"embrac(?:es|ed))\s+(?:(?:newly|recently|just)\s+)?$", re.IGNORECASE)
PEOPLE_AFTER = re.compile(r"^\s+(?:[\w-]+\s+)?(?:prisoners|detainees|captives|hostages|people|men|women|activists|"
                          r"inmates|convicts|foreigners|citizens|nationals|group|(?-i:[A-Z])[a-z]+(?:ans|ese|is))\b",
                          re.IGNORECASE)
# A passive subject that is part of a group told before: 'Most of the group, 114 people, were ...'.
SUBSET_SUBJECT = re.compile(r"^\W*(?:most|some|many|all|half|several|the\s+rest|one|two|three|four|five|\d+|[a-z]+teen|"
                            r"[a-z]+ty)\s+of\s+(?:the\s+group|them|those|these|the\s+(?:freed|released|prisoners|"
                            r"detainees|pardoned))\b"
                            # 'A smaller group was driven to Lithuania': part of the group told before
                            r"|^\W*(?:a|the)\s+(?:second,?\s+)?(?:smaller|larger|bigger|remaining)\s+group\b"
                            # 'The majority - 114 people - were driven to the border'
                            r"|^\W*the\s+(?:vast\s+)?(?:majority|bulk|rest|remainder)\b(?!\s+of\s+(?:Belarusians|"
                            r"people\s+in))"
                            # 'Of the 123, 114 were handed over to Ukraine'
                            r"|^\W*of\s+(?:the|those|these)\s+[^,;]{1,40},\s*(?:[\d,]+|[a-z]+)\s+(?:people\s+|of\s+them\s+)?"
                            r"(?:were|was|had\s+been|have\s+been)\s",
                            re.IGNORECASE)
# '... confirm that 22 of them have actually left prison': part of a group told before, right before the verb
SUBSET_NEAR = re.compile(r"\b(?:most|some|many|all|half|several|\d+|[a-z]+teen|[a-z]+ty|one|two|three|four|five|six|"
                         r"seven|eight|nine|ten|eleven|twelve)\s+of\s+(?:them|those|these|the\s+(?:\d+|two|three|four|"
                         # 'two of the three RFE/RL journalists jailed in Belarus have now been freed'
                         r"five|six|seven|eight|nine|ten)\s+[^.;]{0,60}?)\s+(?:[a-z]+\s+){0,3}$",
                         re.IGNORECASE)
INTRANSITIVE = re.compile(r"^(?:walk(?:ed|s|ing)?\s+free|went\s+free|go(?:es)?\s+free|set\s+free|left\s|leaves?\s|"
                          r"(?:is|are|was|were)\s+(?:now\s+|finally\s+)?out\s+of\s|"
                          r"(?:went|go|goes|came|come|comes)\s+home|"
                          r"(?:flew|flies|fly|flown|returned|head|heads|headed|heading)\s+home\s+from|"
                          # 'walked out of the colonies', 'came out of jail': the people are the subject
                          r"(?:walk(?:ed|s|ing)?|c(?:a|o)me|comes|coming)\s+out\s+of\s|"
                          r"(?:(?:is|are|was|were|now|finally|at\s+last)\s+)?free$)", re.IGNORECASE)

# Cues that a mention is another, earlier or further release than the main one.
SPLIT_CUE = re.compile(
    r"\b(?:another|previous(?:ly)?|earlier(?!\s+(?:today|tonight|this\s+\w+|on\s+\w+day|in\s+the\s+day))|prior|last\s+(?:month|year|week|autumn|spring|summer|winter|fall)|a\s+few\s+(?:weeks|months|days)"
    r"\s+(?:earlier|ago|before)|(?:weeks|months|years)\s+(?:earlier|ago|before)|"
    r"(?:two|three|four|five|six|\d+)\s+more|once\s+again|also\s+helped|in\s+addition(?=\s*,)|additionally|"
    # 'a similar exchange returned X home': an event like the one the story tells, not it
    r"a\s+similar)\b",
    re.IGNORECASE,
)
# Headings of page furniture that lists links ('Related:', 'Most read', 'Read more'): one vocabulary
# for the release hits (a related-link headline is no release) and the bargaining events
# (bargain_modality.link_headline).
LINK_HEADING_WORDS = (r"related(?:\s+(?:stories|posts|coverage|articles|news|topics|links))?|"
                      r"most\s+(?:read|popular|viewed|shared)|read\s+(?:more|also|next|further)|see\s+also|"
                      r"more\s+(?:on\s+this|stories|from)|recommended|you\s+may\s+also\s+like|"
                      r"also\s+read|top\s+stories|latest\s+news|trending")
LINK_HEADING = re.compile(rf"^\s*(?:{LINK_HEADING_WORDS})\b", re.IGNORECASE)
RELATED_LINK = re.compile(rf"^\s*(?:{LINK_HEADING_WORDS})\s*[:|»>-]*\s*", re.IGNORECASE)

# Words of a document that is about music, film or products, not about detainees (b014/b015
# style pages); with DETENTION words absent such a text reports no release at all.
ENTERTAINMENT = re.compile(
    r"\b(?:albums?|songs?|singles?|films?|movies?|tracks?|grammy|studio|concerts?|tour|box\s+office|"
    r"tablets?|shipment|launch|generic|NYSE|revenue|earnings|fiscal|label|soundtrack|premiere)\b",
    re.IGNORECASE,
)
DETENTION = re.compile(
    r"\b(?:prisons?|jail\w*|detain\w*|detention|custody|pardon\w*|amnest\w*|political\s+prisoners?|"
    r"convicted|sentenced|penal|colony|hostages?|arrested|imprisoned|incarcerated|behind\s+bars)\b",
    re.IGNORECASE,
)
# How many entertainment words, with fewer than that many detention words, mark a page as not
# about prisoners: 3 (the album page of the dev set has 7, no true release text has more than 1).
ENTERTAINMENT_MIN = 3
# With at least this many entertainment words, as many as the detention words, the page is about a work
# even if its title or tracks are named 'Amnesty' or 'Pardon': on every gold set no relevant text has
# more than 2 entertainment words; the music, film, game and TV negatives have 5-16.
ENTERTAINMENT_MANY = 5

# Words of a page about a video game or software (a prison-escape game is full of detention words).
GAME_PAGE = re.compile(
    r"\b(?:games?|gaming|gamers?|PC|consoles?|PlayStation|Xbox|Nintendo|Steam|early\s+access|DLC|patch(?:es)?|"
    r"sandbox|co-op|multiplayer|esports|developers?|studio|trailer|soundtrack|demo|sequel|gameplay|"
    r"players?|levels?|mods?|update|launch|version)\b",
    re.IGNORECASE,
)
# How many game words make a game page (with at least twice as many as detention words): 8. On every
# gold set no relevant text has more than 3; the software and game negatives have 8, 17 and 31.
GAME_PAGE_MIN = 8

# Words of a software page ('Cellblock 2.0 released: stricter jails, parole mode'): a release of a program,
# its jails and pardons are features. Same rule as game pages (SOFTWARE_PAGE_MIN words, twice the
# detention words); the relevant texts of every gold set hold at most 3 of these, the fictional
# software page of heldout10 holds 21 (against 9 detention words: its jails and pardons are features).
SOFTWARE_PAGE = re.compile(
    r"\b(?:software|GitHub|changelog|release\s+notes|breaking\s+changes|download(?:ed|s)?|packages?|tarball|"
    r"source\s+code|API|command|config(?:uration)?|servers?|Linux|BSD|Windows|macOS|upgrad(?:e|ing)|"
    r"v\d+\.\d+|\d+\.\d+\.\d+|version\s+\d|maintainers|open[- ]source|repository|processes|memory)\b",
    re.IGNORECASE,
)
SOFTWARE_PAGE_MIN = 8

# Words of a page reviewing fiction (a TV drama about a prisoner swap) and of a sports page (a club
# 'released' a player, a 'swap' of players). Same rule as game pages: at least FICTION_PAGE_MIN /
# SPORT_PAGE_MIN such words and at least twice as many as detention words. On every gold set the
# relevant texts have at most 0 fiction and 4 sports words; the TV review, film and sports negatives
# have 7-19 and 6-30.
FICTION_PAGE = re.compile(
    r"\b(?:episodes?|finale|season|series|showrunner|drama|cast|actor|actress|characters?|plot|screen|viewers?|"
    r"streaming|premiere|thriller|novel|fictional|invented|fiction|script|scenes?|camera|director|subplot|"
    r"protagonist)\b",
    re.IGNORECASE,
)
FICTION_PAGE_MIN = 8
SPORT_PAGE = re.compile(
    r"\b(?:club|coach|season|guard|centre|center|forward|midfielder|striker|goalkeeper|transfer|contract|"
    r"signing|signed|team|league|match|points|roster|draft|free\s+agent|deadline\s+day|playoffs?|basketball|"
    r"football|soccer|hockey|rebounds|assists|euroleague|NBA|FIFA)\b",
    re.IGNORECASE,
)
SPORT_PAGE_MIN = 10

# Words just before a date that tie it to another event than the release.
OTHER_EVENT_BEFORE_DATE = re.compile(
    r"\b(?:sentenced|arrested|detained|convicted|born|since|imprisoned|jailed|held|tried|trial|founded|"
    r"elected|election|protests?|charged|accused|transferred|began|diagnosed|condemned|visit\w*|met|"
    r"meeting|spent|since)\b(?:\s+\S+){0,2}\s*$"
    # 'the Joint Statement adopted on 7 December': the date of a text or deal, not of the release
    r"|\b(?:statement|agreement|accord|declaration|memorandum|resolution|deal|treaty)\s+(?:adopted|signed|"
    r"reached|concluded|agreed|issued)\s+(?:on|in)?\s*$",
    re.IGNORECASE,
)
# '... since Wednesday, when the first releases took place': the clause after the date says it is the
# release's own day, whatever word ('since') stands before it.
RELEASE_DAY_AFTER = re.compile(r"^,?\s+when\s+(?:the\s+)?(?:first\s+|last\s+)?(?:releases?|handovers?|exchanges?|"
                               r"swaps?|pardons?)\s+(?:took\s+place|began|started|happened|were\s+carried\s+out)\b",
                               re.IGNORECASE)

# Titles and roles before a name that make it the actor, not the freed person.
ROLE_BEFORE_NAME = re.compile(
    r"(?:\bPresident\b|\bPrime\s+Minister|\bMinister\b|\bChancellor|\bPremier|\bGovernor|\bSenator|\bMayor|"
    r"\bGeneral\b|\bForeign\s+Secretary|\bSpeaker|\bCardinal|\bArchbishop|\bNuncio|\bSecretary(?:\s+of\s+State)?|\benvoy|\bspokes\w+|"
    r"\bAmbassador|\bRepresentative|\bchairman|\bchair|\bleader\s+of|\bdictator|\bstrongman|\bhead\s+of|"
    r"\bCouncil|\bCommissioner|\bofficial|\bwife|\bhusband|\bdaughter|\bson|\bmother|\bfather\s+of|"
    r"\brequest\s+of|\bby|\baccording\s+to|\bcounsel|\bPope|\bKing|\bSultan|\bEmir|\bopposition\s+leader|"
    r"\b(?:birth|death|anniversary|memory|name|case|trial)\s+of|\baide|\bdeputy|\bdirector|\bcorrespondent|\bsaid|\btold)\W*(?:[\w.'’-]+\s+){0,2}$",
)
SPEAKER_AFTER_NAME = re.compile(
    r"^\W{0,3}(?:\(@\w+\)\s*)?(?:said|says|told|wrote|tweeted|announced|stated|added|confirmed|noted|"
    r"reported|welcomed|thanked|praised|urged|called|expressed|declared|warned|explained|commented|joked|"
    r"insisted|argued|claimed|recalled|stressed|admitted|suggested|noted|replied|remarked)\b",
    re.IGNORECASE,
)
# Titles and occupations a text puts before a freed person's name ('Pastor Andrew Brunson', 'Rev. X',
# 'journalist X'): not part of the name.
NAME_TITLE = re.compile(r"^(?:Father|Fr\.|Pastor|Rev\.?|Reverend|Rabbi|Imam|Sister|Bishop|Mr\.?|Mrs\.?|Ms\.?|"
                        r"Miss|Dr\.?|Prof\.?|Professor|Sir|Lt\.?|Gen\.?|Col\.?|Sgt\.?|Capt\.?|"
                        r"journalist|activist|lawyer|blogger|dissident|reporter|researcher|priest|"
                        r"businessman|businesswoman|student|writer|poet|artist|economist)\s+", re.IGNORECASE)
# 'wants X and Y freed', 'would like to see them released': the wish before a participle that ends the clause
WANTS_FREED = re.compile(r"\b(?:wants?|wanted|wanting|wish(?:es|ed)?|would\s+like(?:\s+to\s+see)?|expects?|"
                          r"demand(?:s|ed)?|insists?\s+on\s+having)\s+[^.;!?]{1,100}$", re.IGNORECASE)

# After 'the first/new/latest release(s)': words that make them releases of prisoners.
OF_PRISONERS_AFTER = re.compile(r"\s+(?:of\s+(?:political\s+|jailed\s+)?(?:prisoners|detainees|people|the\s+\d|\d)|"
                                 r"under\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:amnesty|pardon|deal|decree)|"
                                 r"from\s+(?:prisons?|jails?|colon(?:y|ies)))", re.IGNORECASE)

# After a release verb: the releases told as many ('in a series of batches', 'in several waves'); each is
# told on its own elsewhere, the summary is none of them.
IN_BATCHES = re.compile(r"\s+(?:[\w-]+\s+){0,4}?in\s+(?:a\s+series\s+of|several|successive|a\s+number\s+of|"
                         r"many|multiple|small|a\s+string\s+of)\s+(?:[\w-]+\s+)?(?:batches|groups|waves|stages|"
                         r"rounds|tranches)\b", re.IGNORECASE)
# After a nationality adjective, a noun for one person: 'the Malaysian defence contractor known as ...',
# 'a French-born blogger' describe someone, they name no state acting ('Belarusian authorities' does).
PERSON_DESCRIPTOR_AFTER = re.compile(
    r"^(?:-born)?\s+(?:(?!(?:lets?|sets?|sen(?:t|ds)|gave|gives|hands|has|have|had|was|were|is|are|will|would|did)\b)"
    r"[a-z][\w-]*(?<!ed)(?<!es)(?<!ing)\s+){0,2}?(?:contractor|businessm[ae]n|businesswom[ae]n|citizens?|nationals?|"
    r"journalists?|reporters?|activists?|bloggers?|dissidents?|lawyers?|students?|m[ae]n|wom[ae]n|pilots?|"
    r"scientists?|tourists?|teachers?|researchers?|academics?|priests?|writers?|poets?|artists?|musicians?|"
    r"athletes?|players?|executives?|engineers?|financiers?|hackers?|smugglers?|dealers?|veterans?|"
    r"marines?|soldiers?|servicem[ae]n|mercenar(?:y|ies)|volunteers?|fighters?)\b")
# '... freed; the US granted clemency to seven Iranians': the fallback state told freeing the other side
OTHER_SIDE_FREES = re.compile(r"\s+(?:\w+\s+){0,2}?(?:granted|freed|released|pardoned|handed|let|set|exchanged|"
                              r"swapped|returned)\b", re.IGNORECASE)
# 'a similar visit by Keith Kellogg returned X': the state named after 'visit by' is not the subject
NOUN_BY = re.compile(r"\b(?:visit|trip|talks|mediation|efforts?|intervention|help)\s+(?:of|by|from)\s+(?:the\s+|a\s+)?"
                     r"(?:[\w.'’-]+\s+){0,3}$", re.IGNORECASE)
# 'anyone released would have to leave': a hypothetical person of an offer, no release
ANYONE_BEFORE = re.compile(r"\b(?:anyone|anybody|whoever|any\s+(?:prisoners?|detainees?|of\s+them))\s+$",
                           re.IGNORECASE)
# 'for Russians held in the West', 'serving a sentence in the United States': where a swap's people were held
HELD_IN = re.compile(r"\b(?:held|jailed|imprisoned|detained|serving\s+(?:[\w-]+\s+){0,3}?sentences?"
                     r"(?:\s+or\s+awaiting\s+trial)?)\s+(?:in|by)\s+(?:the\s+)?(\w)", re.IGNORECASE)


# 'until they are freed', 'once X is released': a condition, not an event.
CONDITION_BEFORE = re.compile(r"\b(?:until|unless|if|once|only\s+(?:after|when))\b[^.;:]{0,120}?"
                              r"\b(?:are|is|be|get|gets)\s+(?:\w+ly\s+)?$", re.IGNORECASE)


# 'she would not stop until every political prisoner was free': a goal, not an event; 'Each time a prisoner
# is let go, Minsk expects a gesture': a habit, not an event
GOAL_UNTIL = re.compile(r"\b(?:would|will|won't|wouldn't|shall|not\s+(?:stop|rest|give\s+up))\b[^.;:]{0,40}?\buntil\b"
                         r"[^.;:]{0,120}$|\b(?:each|every)\s+time\b[^.;:,]{0,80}$|\bwhenever\b[^.;:,]{0,80}$",
                        re.IGNORECASE)


# A number of people still held, told in a sentence with no release verb: 'more than 1,000 people held
# for political reasons', '1,150 behind bars'.
HELD_AFTER_COUNT = re.compile(r"\s+(?:(?:still|currently|now)\s+)?(?:held|jailed|imprisoned|detained|behind\s+bars|"
                              r"in\s+(?:prison|jail|custody|detention))\b", re.IGNORECASE)


# The words that turn to the other side of a swap: 'in exchange for', 'traded on Thursday for', 'in an
# exchange for', 'in an exchange that saw Sweden free'.
_SWAP_CUE = (
    r"\b(?:in\s+exchange\s+for|(?:exchanged|swapped|traded)\s+(?:(?:on|in|at)\s+[\w-]+\s+|\w+\s+)?for|"
    r"in\s+return\s+for(?:\s+the\s+release\s+of)?|"
    r"in\s+(?:a|an|the)\s+(?:prisoner\s+)?(?:trade|swap|exchange)\s+for|"
    # 'in an exchange that saw Sweden free X': the other side's act told inside the deal's clause
    r"(?:exchange|swap|deal|trade|agreement|arrangement|bargain)\s+(?:that|which)\s+(?:also\s+)?saw\s+(?:[\w.]+\s+){1,3}?"
    r"(?:free|release|hand\s+over|return|pardon)(?:\s+(?:from\s+)?(?:prison|jail|custody))?)"
)
# Between a trigger and a number or a place: the swap's other side begins ('released X in return for
# ten Americans').
SWAP_FOR = re.compile(_SWAP_CUE, re.IGNORECASE)
# The other side of a swap after the trigger, with its people.
SWAP_FOR_NP = re.compile(
    _SWAP_CUE + r"\s+(?P<np>[^.;]{3,160}?)(?=,\s+(?:the|who|a|said|according|\w+ing|and|but|while|whereas)\b|[.;]|$)",
    re.IGNORECASE)
# ('for eight Russians', 'for several Iranians'; 'the Council for Human Rights' names no people)
FOR_NAT = re.compile(r"\bfor\s+(?P<np>(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|"
                      r"some|other|the|\w+ty)\s+(?:[A-Z][a-z]+(?:ans|ians|ese|s)))\b")


# A state word as the first half of a compound that makes it a go-between or backer ('US-brokered rounds',
# 'Qatari-mediated talks', 'EU-backed'): never the subject that frees.
GO_BETWEEN_COMPOUND = re.compile(r"-(?:brokered|mediated|backed|led|sponsored|facilitated|hosted)\b",
                                 re.IGNORECASE)

# A nationality before the words for a state's own opponents ('Nicaraguan political prisoners',
# 'Belarusian dissidents'): the people are that state's prisoners, whoever receives them.
OWN_DISSIDENTS_AFTER = re.compile(r"\s+(?:political\s+(?:prisoners|detainees)|dissidents|prisoners\s+of\s+conscience|"
                                  r"opposition\s+(?:figures|activists|leaders|members|politicians))\b",
                                  re.IGNORECASE)
