"""Decisions on the 231 research rows (research/us-acts-1965-1992, research/us-acts-1993-2025).
Run from the repository root: python3 research/acts-link/work/decide.py
Writes research/acts-link/decisions.csv and research/acts-link/work/linked-acts.csv (the new rows
from the research tables, in the data-file columns)."""
import csv, glob, re

FILES = {'A': 'research/us-acts-1965-1992/us-acts.csv', 'B': 'research/us-acts-1993-2025/us-acts.csv'}
COLS = ['id','date','datePrecision','actor','branch','target','type','level','episode','summary','quote',
        'sourcePublisher','sourceTitle','sourceDate','sourceUrl','confidence','notes']

D, L, U = 'duplicate', 'linked', 'unlinked'
S = 'skip'  # posture act, not an act toward the two allies' relationship (codebook §3)

def dup(act, extra=''):
    return (D, [], f'Same act as {act} already in the record' + (f' ({extra})' if extra else '') + '.', None)
def link(eps, why, level=None):
    return (L, eps, why, level)
def unl(why, level=None):
    return (U, [], why, level)

TRI = 'US–Japan–ROK trilateral meeting on North Korea / trilateral cooperation; no source links it to a specific episode'
DEC = {
 # ---------------- 1965–1992 ----------------
 'A2': link(['E1965-NORMALIZATION'], 'Rapprochement: within the 12 months before start (17 Feb 1965); the source puts Japan-Korea normalization on the Johnson–Sato agenda, aimed at the settlement'),
 'A3': link(['E1965-NORMALIZATION'], 'Rapprochement: within the 12 months before start; Rusk presses Sato for the settlement (aimed at that agreement)'),
 'A4': link(['E1965-NORMALIZATION'], 'Within the episode (17 Feb–22 Jun 1965); Rusk on the initialled Basic Relations Treaty'),
 'A5': dup('A19650430-01'), 'A6': dup('A19650430-02'), 'A7': dup('A19650503-01'), 'A8': dup('A19650517-01'),
 'A9': dup('A19650518-01'), 'A10': dup('A19650601-01'),
 'A11': (D, [], 'Telegram 1272 is the instruction behind the démarches already recorded as A19650601-01 (which cites it) and A19650615-01; a row for the instruction would count the same démarches twice.', None),
 'A12': dup('A19650615-01'),
 'A13': unl('Ratification of the 1965 treaty, after E1965-NORMALIZATION closed (22 Jun 1965, signature); no ratification episode exists'),
 'A14': unl('Post-treaty ROK–Japan relations in general (ROK proposal for tripartite talks); no episode'),
 'A15': unl('Japan–North Korea plant exports and Seoul\'s objections, 1966; no episode'),
 'A16': unl('Joint statement on Japan\'s view of ROK security (Korea clause): the ROK–Japan security link in general; no episode'),
 'A17': dup('A19730801-01'), 'A18': dup('A19730801-02'),
 'A19': dup('A19730901-01', 'same instruction to Ingersoll, there dated to the month'),
 'A20': dup('A19731001-01', 'same Pusan weekend, there dated to the month'),
 'A21': link(['E1974-MUN-SE-GWANG'], 'Within the episode (15 Aug–19 Sep 1974); Habib\'s Tokyo talks on the worsening Japan–ROK situation'),
 'A22': dup('A19740831-01'), 'A23': dup('A19740901-01'), 'A24': dup('A19740901-03'),
 'A25': link(['E1974-MUN-SE-GWANG'], 'Within the episode; Hahm asks the US to raise Park\'s concerns with Tanaka, Habib commits to nothing'),
 'A26': link(['E1974-MUN-SE-GWANG'], 'Within the episode; ROK embassy asks the US to influence Japan\'s posture'),
 'A27': dup('A19740905-01'),
 'A28': dup('A19740909-01', 'which records the Hahm call-in'),
 'A29': dup('A19740909-01', 'which records both the Hahm and the Yasukawa meetings of 9 Sept in one row'),
 'A30': dup('A19740912-01'), 'A31': dup('A19740913-01'), 'A32': dup('A19740916-01'),
 'A33': link(['E1974-MUN-SE-GWANG'], 'On the closing day (19 Sep 1974); the PM reviews the just-settled dispute and thanks the US for its efforts'),
 'A34': dup('A19741101-01'),
 'A35': unl('Japanese students held in the ROK and post-crisis relations; inside E1974-EXIM-CREDITS-NK\'s dates but not about its object (Exim credits to the North)'),
 'A36': unl('Kim Dae-jung case in 1975, after E1973-KIM-DAE-JUNG-ABDUCTION closed (2 Nov 1973); no episode for the 1975 settlement'),
 'A37': (S, [], 'Not an act toward the ROK–Japan relationship: informing Japan of the US troop withdrawal from Korea is a posture act (codebook §3: troop withdrawals are posture indicators, §8), not an act on the allies\' relationship. Not added.', None),
 'A38': (S, [], 'Not an act toward the ROK–Japan relationship: briefing Fukuda on the ground-force withdrawal from Korea is a posture act (codebook §3, §8). Not added.', None),
 'A39': dup('A19801003-01'), 'A40': dup('A19801213-01'),
 'A41': unl('Undated US pressure (dated 1981 by the researcher) said to culminate in the 1983 aid settlement; 1981 is before the 12-month window of E1983-CHUN-NAKASONE (from 11 Jan 1982), so not linked; the source does not date it'),
 # ---------------- 1993–2025 ----------------
 'B2': dup('A19950309-01'), 'B3': dup('A19960214-01'),
 'B4': unl('KEDO cooperation among the three original members; no episode in its dates (E1995-KEDO was the founding, 9 Mar 1995)'),
 'B5': unl(TRI + ' (not inside the fisheries or Kim–Obuchi episodes\' object; no source says it aimed at TCOG)'),
 'B6': dup('A19990401-01'),
 'B7': unl(TRI), 'B8': unl(TRI), 'B9': unl(TRI), 'B10': unl(TRI), 'B11': unl(TRI), 'B12': unl(TRI + ' (inside E2001-TEXTBOOKS-YASUKUNI\'s dates, not about it)'),
 'B13': dup('A20010725-01'),
 'B14': unl(TRI), 'B15': unl(TRI), 'B16': unl(TRI), 'B17': unl(TRI), 'B18': unl(TRI), 'B19': unl(TRI), 'B20': unl(TRI), 'B21': unl(TRI),
 'B22': unl('The 2005 textbook approval has no episode (E2005-TAKESHIMA-DAY is the Shimane ordinance); statement on a ROK–Japan (and China) history matter'),
 'B23': dup('A20051017-01'), 'B24': dup('A20060420-01'),
 'B25': unl('The July 2006 ROK survey plan near Dokdo has no episode (E2006-DOKDO-SURVEY-STANDOFF closed 22 Apr 2006)'),
 'B26': unl('The July 2006 ROK survey plan near Dokdo has no episode (E2006-DOKDO-SURVEY-STANDOFF closed 22 Apr 2006)'),
 'B27': unl(TRI),
 'B28': dup('A20070301-01'), 'B29': dup('A20070309-01'), 'B30': dup('A20070316-01'),
 'B31': link(['E2007-ABE-COMFORT-WOMEN-COERCION'], 'Within the episode (1 Mar–31 Jul 2007); Bush–Abe call on Abe\'s comfort-women remarks. Level 2, not the research\'s 1: a leader\'s call on the episode is private communication (§3 level 2); 1 is the alternative (Abe raised it, the readout is public)', 2),
 'B32': dup('A20070427-01'), 'B33': dup('A20080728-01'), 'B34': dup('A20080730-02'),
 'B35': dup('A20080730-03', 'and A20080730-01 for the Jeffrey call'),
 'B36': unl('Defense Trilateral Talks; ' + TRI),
 'B37': unl(TRI + ' (Washington, after the Yeonpyeong shelling)'),
 'B38': dup('A20110802-01'),
 'B39': link(['E2012-GSOMIA-COLLAPSE'], 'Within the episode (26 Jun–11 Jul 2012); on the postponed GSOMIA signing'),
 'B40': unl(TRI + ' (ARF margins, 12 Jul 2012, the day after E2012-GSOMIA-COLLAPSE closed)'),
 'B41': link(['E2011-COMFORT-WOMEN-DISPUTE'], 'Within the episode (30 Aug 2011–28 Dec 2015); US statement on the comfort women, the episode\'s object'),
 'B42': dup('A20120822-01'), 'B43': dup('A20120823-01'),
 'B44': link(['E2012-DOKDO-VISIT'], 'On the closing day (30 Aug 2012); restraint on the territorial and historical disagreements after Lee\'s visit'),
 'B45': unl('Dokdo row after Lee\'s visit, but after E2012-DOKDO-VISIT\'s coded end (30 Aug 2012); not linked (see conflicts.md on the window)'),
 'B46': unl('Dokdo row and trilateral cooperation, after E2012-DOKDO-VISIT\'s coded end (30 Aug 2012); not linked (see conflicts.md on the window)'),
 'B47': unl('Dokdo row, after E2012-DOKDO-VISIT\'s coded end; not linked (see conflicts.md)'),
 'B48': unl('Dokdo row (territorial issues discussed at the NY trilateral), after E2012-DOKDO-VISIT\'s coded end; not linked (see conflicts.md)'),
 'B49': unl('Dokdo row, after E2012-DOKDO-VISIT\'s coded end; not linked (see conflicts.md)'),
 'B50': unl('US requests that Abe not visit Yasukuni, before the trigger of E2013-ABE-YASUKUNI (26 Dec 2013); a dispute\'s acts count from its start (§3), so not linked (see conflicts.md)'),
 'B51': unl('Defense Trilateral Talks; ' + TRI),
 'B52': link(['E2011-COMFORT-WOMEN-DISPUTE'], 'Within the episode; US statement on the comfort women (Hashimoto remarks), the episode\'s object; not about the 2013 ministers\' Yasukuni visits'),
 'B53': dup('A20131003-01'),
 'B54': unl('US objection to an Abe Yasukuni visit, before the trigger of E2013-ABE-YASUKUNI (26 Dec 2013); not linked (see conflicts.md)'),
 'B55': unl('ROK–Japan relations under Park and Abe in general; no episode named'),
 'B56': unl('Biden urges Abe not to visit Yasukuni, 14 days before the trigger of E2013-ABE-YASUKUNI; not linked (see conflicts.md)'),
 'B57': dup('A20131226-01'), 'B58': dup('A20131230-01'),
 'B59': link(['E2013-ABE-YASUKUNI'], 'Within the episode (26 Dec 2013–25 Mar 2014); a minister\'s New Year Yasukuni visit on the same object'),
 'B60': dup('A20140201-01', 'the Kerry–Kishida talks in Washington, there dated to the month'),
 'B61': dup('A20140213-01'),
 'B62': link(['E2011-COMFORT-WOMEN-DISPUTE'], 'Within the episode; on the Kono Statement (comfort women)'),
 'B63': dup('A20140325-01', 'and A20140325-02/-03, one row per episode'),
 'B64': unl('US-hosted Defense Trilateral Talks that grew out of the Hague trilateral (E2014-HAGUE-TRILATERAL closed 25 Mar 2014); no source says it aimed at the TISA, so not linked to E2014-TISA'),
 'B65': dup('A20140425-01'),
 'B66': link(['E2011-COMFORT-WOMEN-DISPUTE'], 'Within the episode; on Japan\'s review of the Kono Statement (comfort women)'),
 'B67': link(['E2011-COMFORT-WOMEN-DISPUTE'], 'Within the episode; congressional letter on the Kono Statement review (recorded, never counted)'),
 'B68': link(['E2011-COMFORT-WOMEN-DISPUTE'], 'Within the episode; on the comfort-women issue'),
 'B69': dup('A20141116-01'), 'B70': dup('A20141228-01', 'the TISA signing, there dated 28 Dec'),
 'B71': unl('Abe\'s 70th-anniversary statement has no episode; history issue with the ROK (and China) in general'),
 'B72': unl('History disputes of the ROK and China with Japan in general; no episode named'),
 'B73': unl('History disputes in general (aftermath of Sherman\'s remarks); no episode named'),
 'B74': link(['E2011-COMFORT-WOMEN-DISPUTE', 'E2015-COMFORT-WOMEN-AGREEMENT'], 'Within the dispute; and within the 12 months before the agreement (28 Dec 2015), with a source saying the US urged a "final resolution" of the issue (aimed at that settlement): one row per episode'),
 'B75': unl(TRI + ' (first trilateral vice-ministerial; no source says the comfort-women issue was discussed)'),
 'B76': unl('Defense Trilateral Talks; ' + TRI),
 'B77': link(['E2011-COMFORT-WOMEN-DISPUTE'], 'Within the episode; on the comfort women\'s coercion'),
 'B78': unl('Abe\'s 70th-anniversary statement has no episode'),
 'B79': unl(TRI),
 'B80': dup('A20151228-03', 'and A20151228-04'),
 'B81': link(['E2011-COMFORT-WOMEN-DISPUTE', 'E2015-COMFORT-WOMEN-AGREEMENT'], 'On the closing day of the dispute, the day of the agreement: welcomes the agreement; one row per episode, as for Rice and Kerry'),
 'B82': dup('A20151228-01', 'and A20151228-02'),
 'B83': dup('A20150101-01', 'that row records the encouragement Rhodes described in this 2 Jan 2016 briefing, from the same briefing'),
 'B84': unl('On the 2015 agreement, but after E2015-COMFORT-WOMEN-AGREEMENT (one day, 28 Dec 2015); no later episode until 2017'),
 'B85': unl('On the 2015 agreement and trilateral cooperation, after the agreement episode; no episode'),
 'B86': unl(TRI + ' (Nuclear Security Summit, Washington); no source says it aimed at the 2016 GSOMIA'),
 'B87': unl(TRI),
 'B88': link(['E2016-GSOMIA-SIGNING'], 'Within the episode (27 Oct–23 Nov 2016); welcomes the initialled GSOMIA'),
 'B89': dup('A20161123-01'),
 'B90': unl('Inada\'s December 2016 Yasukuni visit has no episode'),
 'B91': unl(TRI + ' (inside E2016-BUSAN-STATUE\'s dates, but no source says the statue row was discussed in the trilateral; T5)'),
 'B92': dup('A20170106-01'), 'B93': dup('A20170109-01'),
 'B94': unl(TRI),
 'B95': unl('On the 2015 agreement under the Moon government, before E2017-AGREEMENT-REVIEW (27 Dec 2017); no episode'),
 'B96': unl(TRI), 'B97': unl(TRI),
 'B98': dup('A20180116-01'),
 'B99': unl(TRI), 'B100': unl(TRI),
 'B101': unl('Senate resolution on trilateral cooperation (recorded, never counted); no episode'),
 'B102': dup('A20190711-01'), 'B103': dup('A20190712-01'),
 'B104': link(['E2019-EXPORT-CONTROLS'], 'Within the episode; the source says he addressed the ongoing ROK–Japan conflict (the export controls)'),
 'B105': dup('A20190719-01'), 'B106': dup('A20190701-01', 'the same Tokyo–Seoul trip of 21–24 July, there dated to the month'),
 'B107': link(['E2019-EXPORT-CONTROLS'], 'Within the episode; on the Japan–ROK tensions of July 2019 and the planned Bangkok trilateral (recorded as A20190802-01 in this episode)'),
 'B108': link(['E2019-EXPORT-CONTROLS'], 'Within the episode; the source: "amid a simmering trade row"'),
 'B109': dup('A20190730-01'),
 'B110': link(['E2019-EXPORT-CONTROLS'], 'Within the episode (c. 9 Aug 2019, before the GSOMIA notice); Trump on Korea–Japan fighting during the trade row'),
 'B111': link(['E2019-EXPORT-CONTROLS'], 'Within the episode; Pompeo on the eve of the Bangkok trilateral on the trade row'),
 'B112': dup('A20190802-01'),
 'B113': unl('Esper asks Abe to keep GSOMIA, before the trigger of E2019-GSOMIA-TERMINATION (22 Aug 2019); not about the export controls\' object; not linked (see conflicts.md)'),
 'B114': unl('Esper and Moon on GSOMIA, before the trigger of E2019-GSOMIA-TERMINATION (22 Aug 2019); not linked (see conflicts.md)'),
 'B115': dup('A20190822-01'), 'B116': dup('A20190822-02'), 'B117': dup('A20190822-03'), 'B118': dup('A20190822-04'), 'B119': dup('A20190825-01'),
 'B120': unl('The August 2019 ROK Dokdo drill has no episode'),
 'B121': unl('The August 2019 ROK Dokdo drill has no episode'),
 'B122': dup('A20190828-01'),
 'B123': unl('Constructive dialogue between the two in general; the source does not name the export-control or GSOMIA dispute'),
 'B124': unl('House resolution on trilateral cooperation (recorded, never counted); no episode'),
 'B125': link(['E2019-GSOMIA-TERMINATION'], 'Within the episode; the source reports the US-arranged chiefs\' meeting amid the GSOMIA tensions. Level 2, not the research\'s 3: the meeting was arranged because the chiefs were in Washington for Milley\'s change of command, and no source says GSOMIA was discussed (T5); arranging the contact is facilitation (level 2)', 2),
 'B126': link(['E2019-GSOMIA-TERMINATION'], 'Within the episode; ROK–Japan tensions spilling into the security trilateral (GSOMIA)'),
 'B127': dup('A20191106-01'), 'B128': dup('A20191112-01'),
 'B129': link(['E2019-GSOMIA-TERMINATION'], 'Within the episode; Stilwell says he urged the ROK not to terminate GSOMIA'),
 'B130': link(['E2019-GSOMIA-TERMINATION'], 'Within the episode; chiefs\' video conference a week before GSOMIA\'s expiry, "pending mutual security issues"'),
 'B131': dup('A20191115-01'),
 'B132': dup('A20191115-01', 'whose summary records the Moon meeting and Esper\'s promise to ask Japan to do its part'),
 'B133': dup('A20191117-01'),
 'B134': link(['E2019-GSOMIA-TERMINATION'], 'Within the episode; Esper–Kono meeting four days before GSOMIA\'s expiry, on trilateral cooperation'),
 'B135': dup('A20191121-01'), 'B136': dup('A20191122-01'), 'B137': dup('A20191122-02'),
 'B138': unl(TRI + ' (Palo Alto, amid the unresolved disputes, but no source says they were on the agenda; T5)'),
 'B139': unl('Trilateral cooperation in general; no episode named'),
 'B140': unl(TRI),
 'B141': unl(TRI), 'B142': unl('US–ROK joint statement on trilateral cooperation; no episode named'),
 'B143': unl(TRI), 'B144': unl(TRI),
 'B145': dup('A20211117-01', 'and A20211117-02'), 'B146': dup('A20211118-01'),
 'B147': unl(TRI),
 'B148': unl('US–ROK joint statement on trilateral cooperation; the press remark of the same day is A20220521-01; no source says the joint statement aimed at the Phnom Penh meetings'),
 'B149': unl(TRI), 'B150': unl(TRI + ' (Madrid; no source says it aimed at the Phnom Penh meetings)'),
 'B151': unl(TRI), 'B152': unl(TRI), 'B153': unl(TRI), 'B154': unl(TRI),
 'B155': dup('A20221113-01'),
 'B156': unl(TRI + ' (weeks before the March 2023 plan; no source says it aimed at it)'),
 'B157': dup('A20230305-04', 'and A20230305-05'), 'B158': dup('A20230305-01', 'and -02, -03'), 'B159': dup('A20230306-01'),
 'B160': link(['E2018-FORCED-LABOUR-RULINGS', 'E2023-COMPENSATION-PLAN-SUMMIT'], 'On the closing day of the forced-labour dispute and the start of the rapprochement (6 Mar 2023): welcomes the compensation plan; one row per episode, as for Biden, Blinken and Price'),
 'B161': link(['E2018-FORCED-LABOUR-RULINGS', 'E2023-COMPENSATION-PLAN-SUMMIT'], 'On the closing day of the forced-labour dispute and the start of the rapprochement: welcomes the agreement on the wartime-labour dispute; one row per episode'),
 'B162': link(['E2023-COMPENSATION-PLAN-SUMMIT'], 'On the summit day (16 Mar 2023); welcomes the Yoon–Kishida summit and the compensation plan'),
 'B163': unl('Defense Trilateral Talks; ' + TRI),
 'B164': unl('Kishida\'s May 2023 Seoul visit has no episode; on ROK–Japan ties in general'),
 'B165': link(['E2023-CAMP-DAVID'], 'US initiative: within the 12 months before Camp David (18 Aug 2023); Biden invites both leaders to Washington for a further trilateral (aimed at that summit)'),
 'B166': unl(TRI + ' (Shangri-La; no source says it aimed at Freedom Edge)'),
 'B167': link(['E2023-CAMP-DAVID'], 'US initiative: within the 12 months before Camp David; the NSAs prepare the trilateral summit Biden will host'),
 'B168': link(['E2023-CAMP-DAVID'], 'On the summit day; Sullivan\'s Camp David briefing on Biden\'s encouragement of Japan–ROK ties'),
 'B169': dup('A20230818-01'),
 'B170': unl(TRI + ' (post-Camp David)'), 'B171': unl('Trilateral security cooperation (missile-warning data); no source says it aimed at Freedom Edge'),
 'B172': unl(TRI), 'B173': unl('Defense Trilateral Talks; ' + TRI),
 'B174': dup('A20240602-01'), 'B175': dup('A20240627-01'),
 'B176': unl('Trilateral Security Cooperation Framework, after E2024-FREEDOM-EDGE closed (29 Jun 2024); no episode'),
 'B177': unl('Trilateral joint statement (Camp David anniversary); no episode'),
 'B178': unl('House resolution on trilateral cooperation (recorded, never counted); no episode'),
 'B179': unl(TRI), 'B180': unl('Second Freedom Edge exercise; no episode (E2024-FREEDOM-EDGE is the first)'),
 'B181': unl(TRI + ' (Lima; Trilateral Secretariat)'),
 'B182': unl('Trilateral cooperation during the ROK martial-law crisis; no episode'),
 'B183': unl('Trilateral cooperation during the ROK martial-law crisis; no episode'),
 'B184': unl(TRI + ' (Trilateral Indo-Pacific Dialogue)'),
 'B185': unl(TRI), 'B186': unl(TRI),
 'B187': unl(TRI + ' (inside E2025-LEE-ISHIBA-SUMMITS\'s dates, not about it)'),
 'B188': unl(TRI + ' (inside E2025-LEE-ISHIBA-SUMMITS\'s dates, not about it)'),
 'B189': unl('Comfort women and Japan–ROK ties, two days after E2025-LEE-ISHIBA-SUMMITS closed (23 Aug 2025); not linked'),
 'B190': unl('Third Freedom Edge exercise; no episode'),
 'B191': unl(TRI),
 'B192': unl(TRI + ' (a day before the Lee–Takaichi summit; no source says it aimed at it)'),
}

def day(d):
    if re.fullmatch(r'\d{4}', d): return d + '-01-01'
    if re.fullmatch(r'\d{4}-\d{2}', d): return d + '-01'
    return d
def prec(d, p):
    if re.fullmatch(r'\d{4}', d): return 'year'
    if re.fullmatch(r'\d{4}-\d{2}', d): return 'month'
    return p or 'day'
def sdate(t): return t if re.fullmatch(r'\d{4}-\d{2}-\d{2}', t or '') else ''

decisions, acts = [], []
seen = set()
for k, fn in FILES.items():
    for i, r in enumerate(csv.DictReader(open(fn, encoding='utf-8')), start=2):
        key = f'{k}{i}'; seen.add(key)
        dec, eps, why, lvl = DEC[key]
        decisions.append({'research_file': fn, 'research_row': i, 'decision': dec,
                          'episode': ';'.join(eps), 'why': why})
        if dec not in (L, U): continue
        level = '' if r['branch'] != 'executive' else str(lvl if lvl is not None else r['proposed_level'])
        note_parts = []
        if r['evidence']: note_parts.append(f'Source says: "{r["evidence"]}"')
        if r['notes']: note_parts.append(r['notes'])
        if lvl is not None and str(lvl) != r['proposed_level']:
            note_parts.append(f'Level {lvl} (research proposed {r["proposed_level"]}): {why.split("Level",1)[-1].strip() if "Level" in why else why}')
        elif r['level_why']:
            note_parts.append('Level: ' + r['level_why'])
        note_parts.append(f'From {fn}, line {i}.')
        for ep in (eps or ['']):
            acts.append({'id': '', 'date': day(r['date']), 'datePrecision': prec(r['date'], r['date_precision']),
                'actor': r['us_actor'], 'branch': r['branch'], 'target': r['target'], 'type': r['act_type'],
                'level': level, 'episode': ep, 'summary': r['summary'], 'quote': r['quote'],
                'sourcePublisher': r['source_publisher'], 'sourceTitle': r['source_title'],
                'sourceDate': sdate(r['source_date']), 'sourceUrl': r['source_url'],
                'confidence': r['confidence'], 'notes': ' — '.join(note_parts)})
assert seen == set(DEC), set(DEC) ^ seen
with open('research/acts-link/decisions.csv', 'w', newline='', encoding='utf-8') as f:
    w = csv.DictWriter(f, ['research_file', 'research_row', 'decision', 'episode', 'why']); w.writeheader(); w.writerows(decisions)
with open('research/acts-link/work/linked-acts.csv', 'w', newline='', encoding='utf-8') as f:
    w = csv.DictWriter(f, COLS); w.writeheader(); w.writerows(acts)
from collections import Counter
print(Counter(d['decision'] for d in decisions), 'rows written:', len(acts),
      Counter('linked' if a['episode'] else 'unlinked' for a in acts))
