# Builds gold.jsonl and release_ids.jsonl for eval/heldout15 (hand annotation kept as data).
import json, hashlib, os
D = os.path.dirname(os.path.abspath(__file__))

def R(state, date, count, count_text, named=(), nat=(), med=(), ret=None, dest=None, bg=False, status=None):
    r = {"releasing_state": state, "date": date, "count": count, "count_text": count_text,
         "named": list(named), "nationalities": list(nat), "mediator": list(med),
         "in_return": ret, "destination": dest}
    if bg: r["background"] = True
    if status: r["status"] = status
    return r

def E(t, s, tg=None, sp=None, d=None, n=""):
    return {"type": t, "source": s, "target": tg, "speaker": sp, "date": d, "note": n}

G = []; IDS = []
def doc(name, cat, pub, relevant, on_topic, releases, events, noise, notes, ids=()):
    G.append(dict(doc=name, lang="en", pub_date=pub, relevant=relevant, on_topic=on_topic,
                  releases=releases, events=events, noise=noise, notes=notes, category=cat))
    assert len(ids) == len(releases), name
    for i, (rid, conf, why) in enumerate(ids):
        IDS.append(dict(doc=name, index=i, release_id=rid, confidence=conf, why=why))

doc("j001.txt", "belarus", "2025-06-24", True, True,
    [R("BY", "2025-06-21", 14, "fourteen of us on the bus", ["Ihar Karnei", "Tsikhanouski"], ["JP"], ["US"], None, "LT")],
    [E("RELEASE", "BY", "LT", None, "2025-06-21", "Karnei and 13 others taken by bus from prison to Lithuania (told in his own interview)"),
     E("NEGOTIATE", "US", "BY", None, None, "'the Americans had negotiated it'; US diplomats waiting at the border"),
     E("STATEMENT", "BY-OPP", None, "Ihar Karnei", None, "did not sign any petition; 'Please do not forget them' about those still held"),
     E("ARREST", "BY", None, None, "2023", "background: Karnei detained in 2023, convicted of 'participating in an extremist formation'")],
    ["site menu and language switcher", "Belarusian photo credit 'Фота: асабісты архіў'", "share buttons", "'Read also' headlines", "comment counter"],
    "Release told only through the freed journalist's own first interview (Q&A). Leading ' date 2025-06-24' (a Tuesday) gives pub_date; 'Early on Saturday' resolved to 2025-06-21. Count 14 from 'There were fourteen of us on the bus' (words, not digits). Named: Karnei (the interviewee) and 'Tsikhanouski', whom he saw with a bag in the corridor and who was on the same bus by implication - surname only as in the text. Nationalities JP ('one man was from Japan'). Mediator US ('the Americans had negotiated it'). Destination LT ('welcome to Lithuania'). Interviewee coded BY-OPP (independent journalist; no better actor code).",
    [("BY-2025-06-21", "high", "Karnei freed with Tsikhanouski, 14 in all, Sat 21 Jun 2025")])

doc("j002.txt", "belarus", "2025-12-14", True, True,
    [R("BY", "2025-12-13", 114, "Maria Kalesnikava and 113 others", ["Maria Kalesnikava", "Viktar Babaryka"], ["UA"], ["US"], "US lifting sanctions on Belarusian potash", "UA"),
     R("BY", "2025-09", 52, "52 people", [], [], [], "US easing sanctions on Belavia", "LT", bg=True)],
    [E("RELEASE", "BY", "UA", None, "2025-12-13", "Kalesnikava and 113 others pardoned and handed over to Ukraine at the border"),
     E("NEGOTIATE", "US", "BY", "John Coale", None, "US envoy spends two days in Minsk"),
     E("SANCTION_RELIEF", "US", "BY", "John Coale", "2025-12-13", "US to lift sanctions on Belarusian potash"),
     E("STATEMENT", "UA", "US", None, "2025-12-13", "Coordination HQ: handover result of joint work with the US; thanks Trump"),
     E("RELEASE", "BY", "LT", None, "2025-09", "background: 52 driven into Lithuania in September"),
     E("STATEMENT", "NGO", None, None, None, "more than a thousand remain behind bars on political grounds")],
    ["regional masthead, weather and exchange-rate strip", "photo caption", "tags/share/print", "'MORE NEWS' list of unrelated local headlines"],
    "Ukrainian regional paper; no ' date ' line but the byline '14.12.2025, 11:20' gives pub_date. 'On Saturday' -> 2025-12-13. Count 114 = 'Maria Kalesnikava and 113 others' (X and N others). Group includes Ukrainian citizens (UA) and Belarusian political prisoners. Mediator US ('joint work with the United States'); in_return: potash sanctions lifted the same day, announced by Coale. Destination UA (handed over to Ukraine); onward travel to Poland/Lithuania only offered. Background: 'In September, 52 people were driven out of Belarus into Lithuania after the US eased sanctions on Belavia' -> 2025-09 (year from pub date); no broker named for it, so mediator empty. 'more than a thousand' still held is not a release count.",
    [("BY-2025-12-13", "high", "Kalesnikava + 113 to Ukraine = part of the 123 release"),
     ("BY-2025-09-11", "high", "background: 52 to Lithuania in September 2025")])

doc("j003.txt", "belarus", "2025-12-29", True, True,
    [R("BY", "2025-12-28", 24, "nearly two dozen convicts"),
     R("BY", "2025-12-13", 123, "123 people", ["Ales Bialiatski", "Maria Kalesnikava", "Viktar Babaryka"], [], ["US"], "US lifted sanctions on Belarusian potash", "UA", bg=True)],
    [E("RELEASE", "BY", None, "Aliaksandr Lukashenka", "2025-12-28", "pre-New-Year pardon of nearly two dozen, names not given"),
     E("STATEMENT", "BY", None, None, "2025-12-28", "press service: pardoned wrote petitions, admitted guilt; officials deny link to talks with Washington"),
     E("STATEMENT", "NGO", None, None, None, "Viasna: about 1,100 still recognised as political prisoners; 'a conveyor belt'"),
     E("DEMAND", "BY-OPP", "BY", None, None, "Tsikhanouskaya's office calls on the regime to free everyone unconditionally"),
     E("NEGOTIATE", "US", "BY", "John Coale", "2025-12", "background: talks with US envoy before the 13 December release"),
     E("SANCTION_RELIEF", "US", "BY", None, "2025-12-13", "background: US lifted sanctions on Belarusian potash in return")],
    ["exile-media masthead and language switcher", "'Donate' banner", "Cyrillic photo credit", "'Most read' list", "Telegram subscribe prompt"],
    "Translated exile media; ' date 2025-12-29' gives pub_date; 'announced on Sunday' -> 2025-12-28, taken as the release date (announcement date used as in dev a010; the decree's own date is not given). Count given only in words: 'nearly two dozen' -> 24 with the qualifier kept in count_text (same convention as 'more than 50' -> 50); the true figure (22) is not in the text. Background: the 13 December release of 123 (Bialiatski, Kalesnikava, Babaryka), mediator US (talks with Coale), potash sanctions lifted in return, 'most were taken to Ukraine' -> UA. 'about 1,100' still held is not a release count.",
    [("BY-2025-12", "high", "pre-New-Year pardon of ~22 announced Sun 28 Dec 2025 (same as dev a011)"),
     ("BY-2025-12-13", "high", "background: 123 freed 13 Dec 2025")])

doc("j004.txt", "belarus_negative", "2025-11-03", False, True, [],
    [E("STATEMENT", "NGO", None, None, "2025-11", "Viasna: just over 1,100 political prisoners; ~13% women, ~4% foreigners, >1/3 with 5+ years"),
     E("SENTENCE", "BY", None, None, "2025-10", "new convictions in October in several regions, incl. trials in absentia"),
     E("DEMAND", "NGO", "BY", None, None, "release all political prisoners immediately and unconditionally"),
     E("DEMAND", "NGO", "WEST", None, None, "foreign governments in contact with Minsk should make sure every prisoner is included")],
    ["cookie notice", "breadcrumbs", "download/support/write-a-letter links", "tags and share buttons", "Related list incl. 'Former political prisoners: where to get legal help abroad'"],
    "Rights-group bulletin with a still-held count and percentages; no release of any kind. ' date 2025-11-03' gives pub_date; 'As of the beginning of November' -> 2025-11; 'In October' -> 2025-10. Numbers (just over 1,100; 13%; 4%; a third; 6%; dozens added) are NOT release counts. 'Former political prisoners' in a related-link headline is not a release report.")

doc("j005.txt", "belarus", "2025-09-11", True, True,
    [R("BY", "2025-09-11", 50, "more than 50 prisoners", [], ["LT"], ["US"], "US lifting sanctions on Belavia", "LT")],
    [E("NEGOTIATE", "US", "BY", "John Coale", "2025-09-11", "US special envoy in Minsk for talks with Lukashenka"),
     E("SANCTION_RELIEF", "US", "BY", "John Coale", "2025-09-11", "US lifts sanctions on state airline Belavia"),
     E("RELEASE", "BY", "LT", None, "2025-09-11", "more than 50 prisoners freed and taken across the border into Lithuania"),
     E("STATEMENT", "LT", "US", "Gitanas Nausėda", "2025-09-11", "more than 50 crossed into Lithuania incl. Lithuanians; thanks Washington and Trump"),
     E("STATEMENT", "BY-OPP", None, "Sviatlana Tsikhanouskaya", "2025-09-11", "welcomes release; more than 1,100 remain"),
     E("DEMAND", "BY-OPP", None, "Sviatlana Tsikhanouskaya", "2025-09-11", "'Sanctions must stay until every last one is out'"),
     E("STATEMENT", "EU", "BY", None, "2025-09-11", "EU says its own sanctions on Minsk stay in place"),
     E("OFFER", "BY", "US", "Lukashenka", "2025-09-11", "Belarus 'ready for a big package'")],
    ["'as it happened' liveblog furniture: key events list, timestamps", "Advertisement", "newsletter sign-up", "'Most viewed'"],
    "Liveblog, 'Updated 11/09/2025' (DD/MM/YYYY) gives pub_date; all entries 'today' -> 2025-09-11. Count given only with a qualifier, 'more than 50' (twice) -> 50; the exact 52 is not in the text. Expulsion across a border (taken into Lithuania), US mediation and a sanctions quid pro quo (Belavia). Nationalities LT ('several Lithuanian citizens'). Statkevich 'refused to cross the border and stayed on the Belarusian side' - not listed as freed. 'more than 1,100' still held is not a release count. Lukashenka's 'big package' coded OFFER.",
    [("BY-2025-09-11", "high", "52 freed to Lithuania 11 Sep 2025, Belavia")])

doc("j006.txt", "belarus", "2012-04-15", True, True,
    [R("BY", "2012-04-14", 1, None, ["Andrei Sannikov"]),
     R("BY", "2012-04", 1, None, ["Dzmitry Bandarenka"])],
    [E("RELEASE", "BY", None, "Alexander Lukashenko", "2012-04-14", "Sannikov set at liberty late Saturday after clemency"),
     E("RELEASE", "BY", None, None, "2012-04", "Bandarenka let out over the weekend (unconfirmed officially)"),
     E("DIPLOMATIC_DOWNGRADE", "BY", "EU", None, "2012-02", "Belarus told the EU envoy and Poland's ambassador to leave"),
     E("DIPLOMATIC_DOWNGRADE", "EU", "BY", None, "2012-02", "all 27 EU states recalled their ambassadors from Minsk"),
     E("SANCTION", "EU", "BY", None, None, "EU widened visa ban and asset freeze"),
     E("DEMAND", "EU", "BY", None, "2012-04-15", "EU spokeswoman: 'a first step'; all political prisoners must be freed and rehabilitated"),
     E("STATEMENT", "BY", None, "Lukashenko", None, "will not release anyone who does not ask for a pardon"),
     E("SENTENCE", "BY", "BY-OPP", None, None, "background: Sannikov's five-year sentence for organising mass disorder")],
    ["'WORLD NEWS' header with time stamp", "reporting/editing credit", "Related coverage list", "copyright and quotes-delayed footer"],
    "Wire copy; header 'Sun Apr 15, 2012' gives pub_date. Sannikov freed 'late on Saturday' -> 2012-04-14. Bandarenka 'let out of prison over the weekend' (Sat 14 or Sun 15 April) -> month precision 2012-04; separate record because a different person and day are possible; 'no official confirmation' but reported as done. count_text null for single named persons (dev b001 convention). 'more than a dozen opponents remain' (Byalyatski, Statkevich) is not a release. 'In February' -> 2012-02.",
    [("BY-2012-04-14", "high", "Sannikov freed Sat 14 Apr 2012"),
     ("BY-2012-04-15", "medium", "Bandarenka freed the same weekend, reportedly Sun 15 Apr 2012")])

doc("j007.txt", "belarus", "2024-07-30", True, True,
    [R("BY", "2024-07-30", 1, "German citizen Rico Krieger", ["Rico Krieger"], ["DE"])],
    [E("RELEASE", "BY", "DE", "Aleksandr Lukashenko", "2024-07-30", "clemency granted to German citizen Rico Krieger, sentenced to death"),
     E("SENTENCE", "BY", "DE", None, "2024-06", "background: Minsk regional court sentenced Krieger to death in June"),
     E("STATEMENT", "BY", None, None, "2024-07-30", "clemency applies to those who repent; petition and appeals taken into account")],
    ["BelTA masthead, language switcher, exchange rates", "section menu", "'Photo: archive'", "'Also read' list", "copyright line"],
    "State agency prose ('signed a decision to pardon', 'clemency'). ' date 2024-07-30' and dateline 'MINSK, 30 July (BelTA)' give the date; the decision is reported that day, so release date 2024-07-30. Only the pardon is reported, not the physical release or the swap that followed; kept as a release with no status, as for Belarusian pardon decrees in dev a011. 'the appeals received' is not a named mediator. 'In June' -> 2024-06.",
    [("BY-2024-07-30", "medium", "Krieger pardoned 30 Jul 2024, freed 1 Aug 2024 in the Ankara swap")])

doc("j008.txt", "belarus_negative", "2023-02-09", False, True, [],
    [E("SENTENCE", "BY", None, None, "2023-02-08", "Grodno regional court sentences Andrzej Poczobut to eight years"),
     E("ARREST", "BY", None, None, "2021-03", "background: Poczobut in custody since March 2021"),
     E("STATEMENT", "PL", "BY", None, None, "Polish MFA: verdict part of the campaign against the Polish minority"),
     E("DEMAND", "PL", "BY", None, None, "Polish MFA spokesman: Poczobut is a political prisoner and must be freed"),
     E("THREATEN", "PL", "BY", "Mateusz Morawiecki", None, "Poland would respond; further measures against Minsk prepared"),
     E("STATEMENT", "NGO", None, None, None, "rights groups count more than 1,400 political prisoners")],
    ["regional masthead, menu, weather", "photo credit in Polish 'Fot. archiwum'", "'Comments are closed.'", "'Read more' local headlines"],
    "Sentencing, no release. ' date 2023-02-09' gives pub_date; 'sentenced on Wednesday' -> 2023-02-08. Poczobut 'did not ask for clemency' and 'would not leave Belarus in exchange for freedom' - refusal, no release. Target of SENTENCE/ARREST left null: a Belarusian citizen of the Polish minority (neither PL nor a clear opposition code). 'more than 1,400' is a still-held count.")

doc("j009.txt", "belarus", "2025-12-16", True, True,
    [R("BY", "2024-07-03", None, "the first people", ["Ryhor Kastusiou"]),
     R("BY", "2024-08-16", 30, "30 people, 14 women and 16 men"),
     R("BY", "2025-02-12", 3, "three prisoners", ["Andrey Kuznechyk", "Alena Maushuk"], ["US"], ["US"]),
     R("BY", "2025-06-21", 14, "Siarhei Tsikhanouski and 13 other prisoners", ["Siarhei Tsikhanouski"], [], ["US"], None, "LT"),
     R("BY", "2025-09-11", 52, "Fifty-two prisoners", [], [], ["US"], "US lifting sanctions on Belavia", "LT"),
     R("BY", "2025-12-13", 123, "123 people", ["Ales Bialiatski", "Maria Kalesnikava", "Viktar Babaryka"], [], ["US"], "US lifts sanctions on potash", "UA")],
    [E("STATEMENT", "BY", None, "Aliaksandr Lukashenka", "2024-07", "signs amnesty law, promises to free seriously ill prisoners"),
     E("NEGOTIATE", "US", "BY", None, "2025-02", "secret visit to Minsk by a US State Department official"),
     E("NEGOTIATE", "US", "BY", "Keith Kellogg", "2025-06-21", "Kellogg meets Lukashenka hours before the release"),
     E("SANCTION_RELIEF", "US", "BY", None, "2025-09-11", "Washington lifts sanctions on Belavia"),
     E("SANCTION_RELIEF", "US", "BY", None, "2025-12-13", "US lifts sanctions on potash"),
     E("STATEMENT", "NGO", None, None, None, "Viasna counts about 1,100 behind bars on political grounds"),
     E("OFFER", "BY", "US", "Lukashenka", None, "ready for a 'big deal' with Washington"),
     E("SANCTION", "EU", "BY", None, None, "EU has kept its sanctions in place")],
    ["'EXPLAINER' kicker and desk byline", "sources line", "interactive graphic placeholder", "share/embed/corrections", "'More explainers'"],
    "Timeline listing six releases with full dates; ' date 2025-12-16' gives pub_date. In a timeline every entry is a main release, so none is marked background. 3 Jul 2024: 'the first people leave colonies' - no count (null). 12 Feb 2025: three incl. an unnamed American (US) after a US official's secret visit -> mediator US as in dev a007. Sept and Dec 2025 entries: mediator US from 'under a deal with the Trump administration', sanctions relief as in_return. 13 Dec: 'Most are handed over to Ukraine' -> UA. 'about 1,100' is a still-held count.",
    [("BY-2024-07-03", "high", "amnesty release incl. Kastusiou 3 Jul 2024"),
     ("BY-2024-08-16", "high", "30 pardoned 16 Aug 2024"),
     ("BY-2025-02-12", "high", "American + Kuznechyk + Maushuk 12 Feb 2025"),
     ("BY-2025-06-21", "high", "Tsikhanouski + 13, 21 Jun 2025"),
     ("BY-2025-09-11", "high", "52 to Lithuania 11 Sep 2025"),
     ("BY-2025-12-13", "high", "123 freed 13 Dec 2025")])

doc("j010.txt", "other", "2022-12-08", True, True,
    [R("RU", "2022-12-08", 1, None, ["Brittney Griner"], ["US"], ["AE", "SA"], "return of Viktor Bout", "US"),
     R("US", "2022-12-08", 1, None, ["Viktor Bout"], ["RU"], ["AE", "SA"], "release of Brittney Griner", "RU"),
     R("RU", "2022-04", 1, None, ["Trevor Reed"], ["US"], [], "return of Konstantin Yaroshenko", None, bg=True),
     R("US", "2022-04", 1, None, ["Konstantin Yaroshenko"], ["RU"], [], "release of Trevor Reed", "RU", bg=True)],
    [E("RELEASE", "US", "RU", None, "2022-12-08", "Viktor Bout exchanged and returned to Russia"),
     E("RELEASE", "RU", "US", None, "2022-12-08", "Brittney Griner handed over at Abu Dhabi airport"),
     E("STATEMENT", "RU", None, None, "2022-12-08", "Russian MFA: exchange completed at Abu Dhabi airport; Washington long refused to discuss Bout"),
     E("STATEMENT", "RU", "AE", None, "2022-12-08", "UAE and Saudi Arabia thanked for mediation"),
     E("STATEMENT", "RU", "US", "Dmitry Peskov", "2022-12-08", "contacts with Washington on humanitarian issues remain possible"),
     E("STATEMENT", "RU", "US", "Sergei Ryabkov", "2022-12-08", "does not rule out further exchanges"),
     E("ARREST", "RU", "US", None, "2022-02", "Griner detained at Sheremetyevo in February"),
     E("SENTENCE", "RU", "US", None, "2022-08", "Griner sentenced to nine years in August"),
     E("ARREST", "TH", "RU", None, "2008", "background: Bout arrested in Thailand in a US sting"),
     E("SENTENCE", "US", "RU", None, "2011", "background: Bout convicted in 2011, 25-year term")],
    ["TASS masthead and section menu", "'Русская версия'", "tags and share (VK/Telegram/OK)", "'Read also' headline"],
    "Russian state agency view of the Bout-Griner swap: two records, one per releasing state. Dateline 'MOSCOW, December 8. /TASS/' has no year, but the quoted MFA statement dates the exchange 'December 8, 2022' and 'on Thursday' agrees, so pub_date and both release dates 2022-12-08. Mediators AE and SA ('thanked for their mediation'). Destinations: Bout landed in Moscow (RU); Griner 'put on a plane bound for the United States' (US). Background: April 2022 Yaroshenko-for-Reed exchange -> two background records dated 2022-04 (year from the same statement); Yaroshenko 'returned home' -> RU; Reed's destination not stated.",
    [("RU-2022-12-08", "high", "Griner freed in Abu Dhabi swap 8 Dec 2022"),
     ("US-2022-12-08", "high", "Bout freed in the same swap"),
     ("RU-2022-04-27", "high", "background: Reed freed (dev id)"),
     ("US-2022-04-27", "high", "background: Yaroshenko freed (dev id)")])

doc("j011.txt", "other", "2023-06-02", True, True,
    [R("IR", "2023-06-02", 3, "three European prisoners, two Austrian-Iranian dual nationals and a Danish citizen", ["Massud Mossaheb", "Kamran Ghaderi"], ["AT", "DK"], ["OM"], None, "OM"),
     R("IR", "2023-05-26", 1, None, ["Olivier Vandecasteele"], ["BE"], ["OM"], "release of Assadollah Assadi", None, bg=True),
     R("BE", "2023-05-26", 1, None, ["Assadollah Assadi"], ["IR"], ["OM"], "release of Olivier Vandecasteele", None, bg=True)],
    [E("RELEASE", "IR", None, None, "2023-06-02", "two Austrians and a Dane freed and flown to Muscat"),
     E("NEGOTIATE", "OM", "IR", None, None, "Omani mediation"),
     E("STATEMENT", "AT", "OM", None, None, "Austrian chancellor relieved, thanks Sultan Haitham bin Tariq"),
     E("ARREST", "IR", "AT", None, "2016", "background: Ghaderi held since 2016"),
     E("ARREST", "IR", "AT", None, "2019", "background: Mossaheb held since 2019"),
     E("SENTENCE", "IR", "AT", None, None, "both convicted of spying"),
     E("STATEMENT", "NGO", "IR", None, None, "Iran holds at least a dozen other Western and dual nationals as bargaining chips")],
    ["broadcaster section header", "image caption", "'More on this story' links", "'Related Topics'"],
    "Broadcaster page dated '2 June 2023' (a Friday); 'on Friday' -> 2023-06-02. Count 3 = two Austrian-Iranians + a Dane ('whose name was not released' - release in another sense). Nationalities AT, DK (the Austrians are dual nationals; their foreign citizenship listed). Mediator OM. Destination OM (flown to Muscat, onward travel to Europe only expected; first destination as in dev b012). Nothing stated in return. Background: 'exactly a week' earlier -> 2023-05-26, the Vandecasteele-Assadi swap, two records (IR and BE), Oman brokered.",
    [("IR-2023-06-02", "high", "Mossaheb, Ghaderi and a Dane freed via Oman 2 Jun 2023"),
     ("IR-2023-05-26", "high", "background: Vandecasteele (dev id)"),
     ("BE-2023-05-26", "high", "background: Assadi (dev id)")])

doc("j012.txt", "other", "2023-12-21", True, True,
    [R("VE", "2023-12-20", 10, "ten US citizens", ["Eyvin Hernandez", "Jerrel Kenemore", "Joseph Cristella", "Savoi Wright"], ["US"], ["QA"], "release of Alex Saab", "US"),
     R("VE", "2023-12-20", 20, "roughly 20 Venezuelans jailed for political reasons", ["Roberto Abdul"], [], ["QA"], "release of Alex Saab", None),
     R("US", "2023-12-20", 1, None, ["Alex Saab"], ["CO"], ["QA"], "release of ten Americans and some 20 Venezuelan prisoners", "VE")],
    [E("RELEASE", "VE", "US", None, "2023-12-20", "ten US citizens freed and flown to Texas"),
     E("RELEASE", "VE", None, None, "2023-12-20", "roughly 20 Venezuelan political prisoners freed in Caracas"),
     E("RELEASE", "US", "VE", "Joe Biden", "2023-12-20", "clemency for Alex Saab, who flew to Caracas"),
     E("NEGOTIATE", "QA", "VE", None, None, "months of talks mediated by Qatar"),
     E("STATEMENT", "US", None, "Joe Biden", None, "Americans endured a tremendous ordeal; Venezuela committed to Barbados electoral roadmap"),
     E("STATEMENT", "VE-OPP", None, None, None, "Plataforma Unitaria: well over 200 political prisoners remain"),
     E("ARREST", "VE", None, None, "2023-12", "Roberto Abdul arrested in early December"),
     E("ARREST", "CV", None, None, "2020", "background: Saab arrested in Cape Verde in 2020")],
    ["site masthead and breadcrumbs", "'Advertisement · Continue reading below'", "topics line", "newsletter prompt"],
    "' date 2023-12-21' and 'December 21, 2023' give pub_date; 'on Wednesday' -> 2023-12-20. Count split by nationality: Venezuela's side is two records (ten US citizens flown to the US; roughly 20 Venezuelans freed at home, destination null); no total is stated. 'roughly 20' -> 20. US side: clemency for Saab ('the Colombian businessman' -> CO), flew to Caracas (VE). Mediator QA for all three. 'Six of them' designated wrongfully detained is a subset, not a count; 'well over 200' still held is not a release count. 'in early December' -> 2023-12.",
    [("VE-2023-12-20", "high", "ten Americans freed for Saab 20 Dec 2023"),
     ("VE-2023-12-20", "high", "Venezuelan political prisoners freed in the same deal"),
     ("US-2023-12-20", "high", "Saab granted clemency and flown to Caracas")])

doc("j013.txt", "other", None, True, True,
    [R("MM", None, 7012, "7,012 inmates", [], [], [], None, None, status="began")],
    [E("RELEASE", "MM", None, None, None, "Independence Day amnesty for 7,012 prisoners; buses carrying released inmates from Insein"),
     E("STATEMENT", "NGO", "MM", None, None, "AAPP: more than 13,000 still detained, over 2,600 killed"),
     E("SENTENCE", "MM", "MM-OPP", None, None, "background: Suu Kyi serving terms totalling more than 30 years"),
     E("DEMAND", "WEST", "MM", None, None, "Western governments call for release of all political prisoners"),
     E("STATEMENT", "MM", None, "Min Aung Hlaing", None, "says an election will be held, no date")],
    ["regional site header, '3 hours ago · 4 min read'", "reporting credit", "topics", "'You may also like' links"],
    "No publication date ('3 hours ago'), so pub_date null and 'on Wednesday' unresolved -> release date null, although the '75th anniversary' of independence would imply 4 Jan 2023 to a reader who knows the holiday (not used: no date in the text). Headline 'more than 7,000' vs body '7,012' -> 7,012. Status began ('buses had begun carrying released inmates'). How many were political detainees is not stated. 'more than 13,000' detained and 'over 2,600' killed are NOT release counts. Suu Kyi explicitly not included.",
    [("MM-2023-01-04", "high", "Independence Day amnesty of 7,012, 4 Jan 2023")])

doc("j014.txt", "other", "2025-01-17", True, True,
    [R("CU", "2025-01", 553, "553 prisoners", ["José Daniel Ferrer"], [], ["VA"], "US removal of Cuba from the state sponsors of terrorism list", None, status="began"),
     R("CU", "2014", 1, None, ["Alan Gross"], ["US"], ["VA"], None, None, bg=True)],
    [E("RELEASE", "CU", None, None, "2025-01", "releases of the promised 553 began this week, incl. Ferrer on Thursday"),
     E("STATEMENT", "CU", None, None, "2025-01-14", "Cuban MFA: will gradually free 553 after dialogue with the Holy See"),
     E("NEGOTIATE", "CU", "VA", None, None, "dialogue with the Holy See; Vatican facilitating"),
     E("SANCTION_RELIEF", "US", "CU", None, "2025-01-14", "Biden administration to remove Cuba from the state sponsors of terrorism list"),
     E("STATEMENT", "US", "CU", None, "2025-01-14", "US officials link delisting to release of political prisoners"),
     E("STATEMENT", "NGO", "CU", None, None, "Prisoners Defenders: more than 1,000 political prisoners")],
    ["Q&A kicker", "share/print", "'Related' tags", "newsletter sign-up"],
    "Q&A explainer; ' date 2025-01-17' (a Friday) gives pub_date. 'On Tuesday' -> 2025-01-14 (announcement); 'Releases began this week' -> month precision 2025-01 (as dev a007 'this week'); Ferrer freed 'on Thursday' (2025-01-16) is part of the same 553 and named in that record. Status began. Mediator VA. in_return: the US delisting, which US officials tied to the releases (Havana denies a link). 'more than 1,000' is a still-held count. Background: 2014 thaw 'began with the release of ... Alan Gross' (Holy See helped broker) -> CU, 2014.",
    [("CU-2025-01-14", "high", "553 release announced 14 Jan 2025, began that week"),
     ("CU-2014-12-17", "high", "background: Alan Gross (dev id)")])

doc("j015.txt", "other", "2024-09-06", True, True,
    [R("NI", "2024-09-05", 135, "135 people", [], [], ["US"], None, "GT"),
     R("NI", "2023-02", 222, "222 political prisoners", [], [], [], None, "US", bg=True)],
    [E("RELEASE", "NI", "GT", None, "2024-09-05", "135 political prisoners released and flown to Guatemala"),
     E("STATEMENT", "US", "NI", None, "2024-09-05", "US says it secured the release; offers resettlement applications"),
     E("STATEMENT", "GT", None, "Bernardo Arévalo", None, "agreed to receive them on humanitarian grounds"),
     E("RELEASE", "NI", "US", None, "2023-02", "background: 222 put on a plane to Washington and stripped of nationality"),
     E("ARREST", "NI", None, None, "2024-08", "new arrests continued in August"),
     E("DEMAND", "NGO", "WEST", None, None, "demand release of all remaining political prisoners without exile; keep targeted sanctions")],
    ["bulletin header in Spanish ('Inicio | Boletines | ... Donar')", "contact e-mail", "'Descargar boletín (PDF) | Compartir'"],
    "Rights-group bulletin; ' date 2024-09-06' (a Friday) gives pub_date; 'On Thursday' -> 2024-09-05. Expulsion: released and flown to Guatemala City (destination GT). Mediator US ('the United States government, which said it secured the release'); Guatemala is the receiving state, not coded as broker. 13 Mountain Gateway members are a subset; their nationality is not stated. Background: 'February 2023, when 222 political prisoners were put on a plane to Washington' -> 2023-02, destination US. 'dozens of people remain' is not a count.",
    [("NI-2024-09-05", "high", "135 expelled to Guatemala 5 Sep 2024"),
     ("NI-2023-02-09", "high", "background: the 222 (dev id)")])

doc("j016.txt", "other", None, True, True,
    [R("EG", "-09-22", 1, None, ["Alaa Abd El-Fattah"], ["GB"]),
     R("EG", "2023-07", 1, None, ["Patrick Zaki"], [], [], None, None, bg=True)],
    [E("RELEASE", "EG", None, "Abdel Fattah al-Sisi", "-09-22", "presidential pardon; Alaa walked out of prison within hours"),
     E("STATEMENT", "GB", "EG", None, None, "Britain's prime minister welcomed the decision"),
     E("RELEASE", "EG", None, None, "2023-07", "background: Patrick Zaki pardoned one day after a three-year sentence"),
     E("SENTENCE", "EG", None, None, "2023-07", "background: Zaki sentenced to three years")],
    ["'OPINION' kicker and disclaimer", "author line", "comment counter", "'Most popular in Opinion'"],
    "Opinion column with the release in the middle; no publication date. 'On 22 September' has no year -> '-09-22' (pardon and release 'within hours', taken as one date). Nationality GB ('in London, where he also holds citizenship'). No broker named. Background: 'Patrick Zaki ... was pardoned in July 2023' -> 2023-07. 'thousands who remain in pretrial detention' is not a count.",
    [("EG-2025-09-22", "medium", "Alaa Abd El-Fattah pardoned 22 Sep 2025, out within hours"),
     ("EG-2023-07-20", "high", "background: Zaki pardon (dev id)")])

doc("j017.txt", "negative", "2024-08-07", False, False, [], [],
    ["games-site menu and login", "byline with comment count", "'Related' links and tags"],
    "Video-game delay: 'release date', 'press release', in-game 'early release system' where prisoners are 'let go' via parole - all non-political, fictional game mechanics or publishing senses. ' date 2024-08-07' gives pub_date.")

doc("j018.txt", "negative", None, False, False, [], [],
    ["section header", "photo caption '(File)'", "reporting credit", "'Read next'"],
    "Hostages freed from a criminal gang (400 Mawozo), no state release and no political prisoners: the two 'released in November' and three 'earlier this month' are also hostage releases by a non-state group. Dateline 'Dec 16' has no year -> pub_date null. Police only 'located' the group; no state bargaining.")

doc("j019.txt", "negative", None, False, False, [], [],
    ["local site header, 'Posted: Tuesday 10.50am', weather", "comment counter", "'Most read'"],
    "FICTIONAL (the only invented story in the set): a rehabilitated seal pup 'set free back into the sea'; '31 had already been released' are animals. No date in the text.")

doc("j020.txt", "negative", "2017-07-20", False, False, [], [],
    ["station header 'Watch live | Weather alerts | Traffic'", "copyright notice", "'More from Nation & World'"],
    "Parole of an ordinary criminal (O.J. Simpson, armed robbery) by a state parole board; not a political prisoner and no bargaining -> relevant false, on_topic false. ' date 2017-07-20' and 'Updated ... Jul 20, 2017' give pub_date; release itself only expected 'as early as October'.")

for g in G:
    p = os.path.join(D, "texts", g["doc"]); t = open(p, encoding="utf-8").read()
    g["text_chars"] = len(t); g["text_sha256"] = hashlib.sha256(t.encode()).hexdigest()
with open(os.path.join(D, "gold.jsonl"), "w", encoding="utf-8") as f:
    for g in G: f.write(json.dumps(g, ensure_ascii=False) + "\n")
with open(os.path.join(D, "release_ids.jsonl"), "w", encoding="utf-8") as f:
    for r in IDS: f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(G), "docs", sum(len(g["releases"]) for g in G), "releases", sum(g["relevant"] for g in G), "relevant", len(set(r["release_id"] for r in IDS)), "distinct ids")
