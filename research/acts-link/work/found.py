# New acts found by search in this session (step 4). Each: data-file columns; notes carry the excerpt.
FOUND = []
def add(**k): FOUND.append(k)

add(date='2016-11-23', datePrecision='day', actor='The White House (statement)', branch='executive', target='both',
    type='statement', level='1', episode='E2016-GSOMIA-SIGNING',
    summary='The White House welcomes the signing of the ROK–Japan GSOMIA, saying it will let the two allies significantly strengthen bilateral and, with the US, trilateral cooperation against the North Korean threat.',
    quote='This agreement will allow the ROK and Japan, two of our closest allies in the region, to significantly strengthen bilateral, and with us, trilateral cooperation',
    sourcePublisher='The Korea Herald (Yonhap)', sourceTitle='US welcomes Korea-Japan intel-sharing deal', sourceDate='2016-11-24',
    sourceUrl='http://www.koreaherald.com/view.php?ud=20161124000183', confidence='verified',
    evidence='The White House on Wednesday welcomed the signing of a military intelligence sharing agreement between South Korea and Japan',
    why='Wednesday = 23 Nov 2016, the signing day (Washington time). Public welcome of an agreement: level 1.')

add(date='2014-03-01', datePrecision='month', actor='Daniel Russel, Assistant Secretary of State for East Asian and Pacific Affairs', branch='executive', target='both',
    type='statement', level='1', episode='E2011-COMFORT-WOMEN-DISPUTE',
    summary='In Senate testimony Russel appeals to Japan and South Korea to improve strained relations and show prudence and restraint on difficult historical issues, calling it a US diplomatic priority that the tension be reduced quickly; the report sets it in the week Japan announced its review of the 1993 (Kono) apology.',
    quote='It is very much a diplomatic priority for the United States that the friction and the tension between these two extraordinarily close friends and allies of the United States be reduced',
    sourcePublisher='Daily Mail (AP)', sourceTitle='US appeals to Asian allies to improve relations', sourceDate='',
    sourceUrl='https://www.dailymail.co.uk/wires/ap/article-2573257/US-appeals-Asian-allies-improve-relations.html', confidence='unverified',
    evidence='The United States appealed Tuesday to its closest Asian allies, Japan and South Korea, to improve their strained relations, saying there\'s an urgent need to show restraint on "difficult historical issues."',
    why='The excerpt seen gives the weekday (Tuesday) but not the date; March 2014 is taken from a blog repost of the same report (pacificsentinel.blogspot.com/2014/03/...), which also places it in the week of Japan\'s announced review of the 1993 apology (the Kono Statement). The day (probably 4 March 2014) is not confirmed. Public on-record urging on the history issues: level 1. Linked to the comfort-women dispute (the Kono review) and, as a second row, to E2013-ABE-YASUKUNI (the blog repost cites the Yasukuni visit).')
add(date='2014-03-01', datePrecision='month', actor='Daniel Russel, Assistant Secretary of State for East Asian and Pacific Affairs', branch='executive', target='both',
    type='statement', level='1', episode='E2013-ABE-YASUKUNI',
    summary='In Senate testimony Russel calls on Japan and South Korea to show prudence and restraint in dealing with difficult historical issues; the report cites Seoul\'s anger at Abe\'s shrine visit of the previous year.',
    quote='show prudence and restraint in dealing with difficult historical issues',
    sourcePublisher='Pacific Sentinel (blog reposting a news report)', sourceTitle='News Report: US: Japan, South Korea Should ...', sourceDate='',
    sourceUrl='https://pacificsentinel.blogspot.com/2014/03/news-report-us-japan-south-korea-should.html', confidence='unverified',
    evidence='Seoul also responded angrily to a visit last year by Japanese Prime Minister Shinzo Abe to a Tokyo shrine that honors several war criminals among other war dead.',
    why='Same testimony as the row linked to E2011-COMFORT-WOMEN-DISPUTE; this repost names the Yasukuni visit, within E2013-ABE-YASUKUNI (26 Dec 2013 – 25 Mar 2014). Day not confirmed (Tuesday, March 2014). Title truncated in the URL; the full headline was not displayed. Level 1.')

add(date='2013-01-14', datePrecision='day', actor='US interagency delegation (State Department, Pentagon and White House; led by Assistant Secretary of State Kurt Campbell)', branch='executive', target='both',
    type='envoy', level='2', episode='E2011-COMFORT-WOMEN-DISPUTE',
    summary='A high-level delegation of White House, Pentagon and State Department officials leaves for Seoul and Tokyo to calm the two allies\' spats over history and territory after their elections; it was to remind the new Japanese government that disavowing its apology on the wartime sex slaves would make matters worse.',
    quote='The United States sent its top Asian diplomacy and security officials to South Korea and Japan to calm tensions between two US allies',
    sourcePublisher='Pakistan Today (AP)', sourceTitle='US seeks to calm spats between Japan, South Korea', sourceDate='2013-01-15',
    sourceUrl='https://archive.pakistantoday.com.pk/2013/01/15/us-seeks-to-calm-spats-between-japan-south-korea/', confidence='verified',
    evidence='The high-powered delegation from the White House, Pentagon and State Department departed on Monday and will be visiting the region',
    why='Monday before the 15 Jan 2013 article = 14 Jan 2013. The Journal Gazette (AP, 10 Jan 2013, http://www.journalgazette.net/article/20130110/APW/1301100967) says it "will also likely remind the new government in Tokyo that any disavowal of its apology for the use of sex slaves in World War II would make matters worse" (a plan, not a report of what was said). Envoys raising the matter privately: level 2. Linked to the comfort-women dispute on that source; the leader of the delegation is from the Journal Gazette report (Campbell announced it).')

add(date='2013-01-01', datePrecision='month', actor='Victoria Nuland, Spokesperson, US Department of State', branch='executive', target='both',
    type='statement', level='1', episode='',
    summary='Nuland says the US wants the new Japanese and South Korean governments and all of Northeast Asia to work together and solve outstanding territorial or historic issues through dialogue.',
    quote='solving any outstanding issues, whether they are territorial, whether they\'re historic, through dialogue',
    sourcePublisher='Pakistan Today (AP)', sourceTitle='US seeks to calm spats between Japan, South Korea', sourceDate='2013-01-15',
    sourceUrl='https://archive.pakistantoday.com.pk/2013/01/15/us-seeks-to-calm-spats-between-japan-south-korea/', confidence='verified',
    evidence='"We want to see the new Japanese government, the new South Korean government, all of the countries in Northeast Asia working together and solving any outstanding issues',
    why='"said last week" in an article of 15 Jan 2013: the week of 7–11 Jan 2013 (day not given; month precision). Addresses the allies\' history and territorial issues in general and all of Northeast Asia, no specific episode. Level 1.')

add(date='2013-11-14', datePrecision='day', actor='John Kerry, Secretary of State', branch='executive', target='JPN',
    type='statement', level='1', episode='',
    summary='Addressing the US-Japan Business Conference in Washington, Kerry says there is still "unfinished business" with respect to the ROK and a need to move to the future and not be held by the past.',
    quote='We\'re all very cognizant of still some unfinished business with respect to the Republic of Korea and the need to move to the future and not be held by the past',
    sourcePublisher='The Korea Herald (Yonhap)', sourceTitle='(Kerry says Japan has unfinished business with South Korea; headline not displayed)', sourceDate='2013-11-16',
    sourceUrl='https://koreaherald.com/view.php?mp=60&np=598&ud=20131116000020', confidence='verified',
    evidence='he said Thursday night, addressing the 50th U.S.-Japan Business Conference in Washington, according to a transcript released by his department.',
    why='Thursday before the 16 Nov 2013 article = 14 Nov 2013. Public statement on ROK–Japan history issues in general (no episode covers Nov 2013 on this object; E2011-COMFORT-WOMEN-DISPUTE is about the comfort women, not named here). Level 1.')

add(date='2015-04-14', datePrecision='day', actor='Antony Blinken, Deputy Secretary of State', branch='executive', target='both',
    type='statement', level='1', episode='',
    summary='At a State Department town hall on US–Japan relations, ahead of a trilateral vice-ministerial meeting, Blinken says tensions between Japan and South Korea distract from the common agenda including North Korea, that the US has a strategic stake in their relationship, and that it appears on a positive trajectory.',
    quote='If the relationship is not everything that it could or should be and indeed there are tensions in the relationship, that means that it becomes a distraction to our common agenda',
    sourcePublisher='Macau Daily Times (AP)', sourceTitle='Japan-S Korea | US: Tensions distract from N Korea threat', sourceDate='',
    sourceUrl='https://macaudailytimes.com.mo/japan-s-korea-us-tensions-distract-from-n-korea-threat.html', confidence='unverified',
    evidence='Tensions between American allies Japan and South Korea are a distraction in dealing with common threats like North Korea\'s nuclear weapons, a top U.S. diplomat said Tuesday.',
    why='"said Tuesday"; the year (2015) is inferred from the officials named (Deputy Secretary Blinken, Vice FMs Saiki and Cho Tae-yong) and the vice-ministerial trilateral of 16 Apr 2015 in the research table; the article\'s date was not displayed, and it calls the trilateral "today", which does not fit a Tuesday remark on 14 Apr — the day is not confirmed. Public statement on the relationship in general: level 1.')

add(date='2014-05-01', datePrecision='month', actor='Secretary of Defense Chuck Hagel (US–Japan–ROK defence ministers\' meeting)', branch='executive', target='both',
    type='meeting-convened', level='2', episode='E2014-TISA',
    summary='The defence ministers of Japan, South Korea and the United States agree on the importance of creating a framework for sharing information, the step that led to the Trilateral Information Sharing Arrangement signed in December 2014.',
    quote='In May, the defense ministers of Japan, South Korea and the United States agreed on the importance of creating a framework for sharing information.',
    sourcePublisher='The Japan Times (Kyodo)', sourceTitle='Japan, South Korea, U.S. now sharing intelligence on North Korea', sourceDate='2014-12-29',
    sourceUrl='https://www.japantimes.co.jp/news/2014/12/29/national/japan-s-korea-u-s-now-sharing-intelligence-on-n-korea/', confidence='verified',
    evidence='In May, the defense ministers of Japan, South Korea and the United States agreed on the importance of creating a framework for sharing information.',
    why='US initiative: within the 12 months before E2014-TISA (26 Dec 2014) and the source ties it to the information-sharing framework (aimed at that arrangement). Month only; the venue (probably the Shangri-La Dialogue, Singapore) and the US minister\'s name are not in the excerpt: the actor is given as the office (Hagel was Secretary of Defense in May 2014). Trilateral ministerial abroad, convener not stated: level 2 (3 if US-convened).')

add(date='2012-01-01', datePrecision='month', actor='US Department of State (trilateral dialogue; US officials not named)', branch='executive', target='both',
    type='statement', level='1', episode='',
    summary='The State Department says the US, Japan and the ROK held a trilateral dialogue on regional and global issues, including Burma, multilateral coordination and the Korean Peninsula, reaffirming the 2005 Six-Party joint statement; Secretary Clinton looks forward to a ministerial trilateral later in the year.',
    quote='These discussions reflect the close cooperation between the United States, Japan, and the Republic of Korea',
    sourcePublisher='Pacific Sentinel (blog reposting a US Department of State statement)', sourceTitle='USA: U.S.-Japan-Republic of Korea ... (repost of a State Department statement)', sourceDate='',
    sourceUrl='http://pacificsentinel.blogspot.com/2012/01/usa-us-japan-republic-of-korea_18.html', confidence='unverified',
    evidence='Today the United States, Japan, and the Republic of Korea held a trilateral dialogue to exchange views on a wide range of regional and global issues of mutual interest',
    why='"Today" in the reposted statement; the month (January 2012) is from the blog URL, the day (probably 17 or 18 Jan) and the venue and officials are not in the excerpt. The act recorded is the public statement on the trilateral dialogue (level 1); if the US hosted it, the meeting itself would be level 3 for the triad. No episode.')

add(date='2013-07-01', datePrecision='day', actor='John Kerry, Secretary of State', branch='executive', target='both',
    type='meeting-convened', level='2', episode='',
    summary='Kerry holds a trilateral meeting with FMs Fumio Kishida and Yun Byung-se in Bandar Seri Begawan, Brunei (ASEAN meetings), to strengthen cooperation among the three and exchange views on North Korea.',
    quote='Secretary Kerry held a productive trilateral meeting with Japanese Foreign Minister Fumio Kishida and Republic of Korea (ROK) Foreign Minister Yun Byung-se on July 1',
    sourcePublisher='Scoop (US Department of State media note)', sourceTitle='U.S.-Japan-Republic of Korea Trilateral Meeting', sourceDate='2013-07-01',
    sourceUrl='https://m.scoop.co.nz/stories/WO1307/S00058/us-japan-republic-of-korea-trilateral-meeting.htm', confidence='verified',
    evidence='Secretary Kerry held a productive trilateral meeting with Japanese Foreign Minister Fumio Kishida and Republic of Korea (ROK) Foreign Minister Yun Byung-se on July 1 in Bandar Seri Begawan, Brunei',
    why='Media note of the Office of the Spokesperson, 1 Jul 2013. Trilateral on the ASEAN margins, agenda North Korea and trilateral cooperation; held abroad, scheduled around the ASEAN meetings (T5): level 2, not 3. No episode (E2013-ASO-YASUKUNI is not mentioned).')

add(date='2014-08-09', datePrecision='day', actor='John Kerry, Secretary of State', branch='executive', target='both',
    type='meeting-convened', level='2', episode='',
    summary='Japan–US–ROK foreign ministers\' meeting (Kerry, Kishida, Yun Byung-se) on the ASEAN Regional Forum margins in Myanmar, on North Korea, the first since July 2013.',
    quote='detailed discussions would take place at the Japan-U.S.-ROK Foreign Ministers\u2019 Meeting later on the same day',
    sourcePublisher='Ministry of Foreign Affairs of Japan', sourceTitle='Japan-U.S. Foreign Ministers\u2019 Meeting (Summary)', sourceDate='2014-08-09',
    sourceUrl='https://www.mofa.go.jp/page3e_000217.html', confidence='unverified',
    evidence='while Minister Kishida said that detailed discussions would take place at the Japan-U.S.-ROK Foreign Ministers\u2019 Meeting later on the same day',
    why='The MOFA summary of the 9 Aug 2014 Kerry–Kishida lunch refers to the trilateral "later on the same day"; a record of the trilateral itself was not seen. The Japan Times (18 Jul 2014, http://www.japantimes.co.jp/news/2014/07/18/national/politics-diplomacy/japan-u-s-s-korea-eye-foreign-minister-talks-august/) reported it planned around 10 Aug as the first since July 2013. Level 2 (trilateral abroad, T5).')

add(date='2023-08-15', datePrecision='day', actor='Antony Blinken, Secretary of State', branch='executive', target='both',
    type='meeting-convened', level='2', episode='E2023-CAMP-DAVID',
    summary='Blinken, Hayashi Yoshimasa and Park Jin hold a trilateral foreign ministers\' video conference; they call the 18 August summit a historic opportunity for trilateral cooperation and align their views to make it a success.',
    quote='upcoming Japan-U.S.-ROK Summit to be held on August 18 will be a historic opportunity for trilateral cooperation, aligned their views to make the Summit a success',
    sourcePublisher='Colville Chronicler (repost of Ministry of Foreign Affairs of Japan)', sourceTitle='Japan-U.S.-ROK Foreign Ministers\u2019 Video Conference Meeting', sourceDate='',
    sourceUrl='https://colvillechronicler.com/democracy/japan-u-s-rok-foreign-ministers-video-conference-meeting/', confidence='verified',
    evidence='On August 15, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, held a Japan-U.S.-Republic of Korea (ROK) Foreign Ministers\u2019 Video Conference Meeting with the Honorable Antony Blinken',
    why='Year 2023 from the Camp David summit date (18 Aug) and the three ministers named. US initiative: within the 12 months before Camp David, aimed at making that summit a success. Level 2: a closed trilateral with the US as a party, convener not stated (Japan\'s MOFA says Hayashi held it).')

add(date='2023-07-01', datePrecision='month', actor='Antony Blinken, Secretary of State', branch='executive', target='both',
    type='meeting-convened', level='2', episode='',
    summary='A Japan–US–ROK foreign ministers\' meeting is held in July 2023, referred to by the three ministers in August as recent progress in trilateral cooperation.',
    quote='the Japan-U.S.-ROK Foreign Ministers\u2019 Meeting held last month',
    sourcePublisher='Colville Chronicler (repost of Ministry of Foreign Affairs of Japan)', sourceTitle='Japan-U.S.-ROK Foreign Ministers\u2019 Video Conference Meeting', sourceDate='',
    sourceUrl='https://colvillechronicler.com/democracy/japan-u-s-rok-foreign-ministers-video-conference-meeting/', confidence='unverified',
    evidence='Welcoming the recent progress of cooperation among Japan, the U.S. and the ROK including the Japan-U.S.-ROK Foreign Ministers\u2019 Meeting held last month',
    why='"last month" in an overview of 15 Aug 2023: July 2023. The day, place (probably the ASEAN meetings in Jakarta) and participants are not in the excerpt, so unverified; the US participant is presumed to be the Secretary of State. No source says it aimed at Camp David, so no episode. Level 2.')

add(date='2017-10-23', datePrecision='day', actor='Jim Mattis, Secretary of Defense', branch='executive', target='both',
    type='meeting-convened', level='2', episode='',
    summary='Mattis, Japanese Defence Minister Itsunori Onodera and ROK Defence Minister Song Young-moo hold the 9th Trilateral Defense Ministerial Meeting in Clark, Philippines, on the ADMM-Plus margins, and issue a joint press statement.',
    quote='convened the 9th Trilateral Defense Ministerial Meeting in Clark, Philippines on October 23',
    sourcePublisher='US Department of Defense', sourceTitle='United States–Japan–Republic of Korea Defense Ministerial Meeting Joint Press Statement (Release No. NR-360-17)', sourceDate='2017-10-23',
    sourceUrl='https://www.defense.gov/News/News-Releases/News-Release-View/Article/1350803/united-statesjapanrepublic-of-korea-defense-ministerial-meeting-joint-press-sta/', confidence='verified',
    evidence='U.S. Secretary of Defense Jim Mattis, Japanese Defense Minister Itsunori Onodera, and Republic of Korea Minister of National Defense Song Young-moo convened the 9th Trilateral Defense Ministerial Meeting in Clark, Philippines on October 23',
    why='Release dated 23 Oct 2017 (the search index shows a stray date 2015-04-10 for the page, inconsistent with its content). Trilateral abroad on ADMM-Plus margins (T5): level 2. No episode.')

add(date='2018-06-01', datePrecision='month', actor='Jim Mattis, Secretary of Defense', branch='executive', target='both',
    type='meeting-convened', level='2', episode='',
    summary='At the 2018 Shangri-La Dialogue in Singapore, Mattis, Onodera and Song Young-moo hold the 10th Trilateral Defense Ministerial Meeting on North Korea, regional security and trilateral security cooperation, pledging to strengthen security cooperation among the three.',
    quote='pledged to strengthen security cooperation among the three countries',
    sourcePublisher='Military Online (blog reposting DoD News)', sourceTitle='Mattis, Indo-Pacific Partners Discuss Security Issues at Singapore Summit', sourceDate='',
    sourceUrl='http://military-online.blogspot.com/2018/06/mattis-indo-pacific-partners-discuss.html', confidence='verified',
    evidence='Mattis, Japan Minister of Defense Itsunori Onodera and South Korea Minister of National Defense Song Young-moo today convened the 10th Trilateral Defense Ministerial Meeting in Singapore',
    why='The article places it at the 2018 IISS Shangri-La Dialogue (1–3 June 2018); "today" is not resolvable from the excerpt, so month precision. Same DoD News article at https://www.defense.gov/Explore/News/Article/Article/1538895/mattis-indo-pacific-partners-discuss-security-issues-at-singapore-summit/. Level 2 (trilateral abroad, T5). No episode.')

add(date='2022-06-11', datePrecision='day', actor='Lloyd Austin, Secretary of Defense', branch='executive', target='both',
    type='meeting-convened', level='2', episode='',
    summary='Austin, ROK Defence Minister Lee Jong-sup and Japanese Defence Minister Kishi Nobuo hold a trilateral ministerial meeting in Singapore, commit to trilateral missile-warning and ballistic-missile search-and-tracking exercises and to strengthen trilateral security cooperation.',
    quote='committed to conduct trilateral missile warning and ballistic missile search and tracking exercises',
    sourcePublisher='Mirage News (repost of a US Department of Defense statement)', sourceTitle='United States-Japan-Republic of Korea ... (Trilateral Ministerial Meeting statement)', sourceDate='',
    sourceUrl='https://miragenews.com/united-states-japan-republic-of-korea-799218', confidence='verified',
    evidence='Lee Jong-Sup, and Japanese Minister of Defense Kishi Nobuo convened a Trilateral Ministerial Meeting in Singapore on June 11.',
    why='Year 2022 from the ministers named (Lee Jong-sup took office in May 2022; Kishi left office in August 2022) and DoD News (PACOM, https://www.pacom.mil/Media/News/News-Article-View/Article/3061555/austin-holds-trilateral-meetings-with-indo-pacific-allies/) on Austin\'s trilaterals at that Shangri-La Dialogue. Level 2 (trilateral abroad, T5). No episode.')

add(date='2019-05-09', datePrecision='day', actor='Randall Schriver, Assistant Secretary of Defense for Indo-Pacific Security Affairs', branch='executive', target='both',
    type='meeting-convened', level='1', episode='',
    summary='The 11th Defense Trilateral Talks are held at the ROK Ministry of National Defense in Seoul (Chung Suk-hwan, Schriver, Takeshi Ishikawa) on North Korea and ways to further trilateral security cooperation; joint statement.',
    quote='engaged in consultations on regional security issues including North Korea and substantive ways to further trilateral security cooperation',
    sourcePublisher='US Department of Defense', sourceTitle='Joint Statement of the 11th Defense Trilateral Talks', sourceDate='2019-05-09',
    sourceUrl='https://www.defense.gov/Newsroom/Releases/Release/Article/1848554/joint-statement-of-the-11th-defense-trilateral-talks/', confidence='verified',
    evidence='Defense Officials from the Republic of Korea (ROK), United States, and Japan met in the Ministry of National Defense in Seoul on May 9, 2019, for the eleventh Defense Trilateral Talks (DTT).',
    why='Hosted by the ROK, with a joint statement the US signs: level 1 (the research tables\' convention for ally-hosted trilaterals). No source links it to an episode (it falls inside E2018-FORCED-LABOUR-RULINGS and E2019-MOON-HEE-SANG-EMPEROR but is not about them).')

add(date='2016-09-18', datePrecision='day', actor='John Kerry, Secretary of State', branch='executive', target='both',
    type='meeting-convened', level='1', episode='',
    summary='Kerry, Kishida and Yun Byung-se meet trilaterally in New York on the UNGA margins (a meeting hosted by Japan) after North Korea\'s fifth nuclear test and issue a joint statement; Kerry reaffirms US defence commitments including extended deterrence.',
    quote='Fumio, thank you very much, and Byung-se, thank you for joining us here for this trilateral meeting.',
    sourcePublisher='US Department of State', sourceTitle='Remarks with Republic of Korea Foreign Minister Yun Byung-se and Japanese Foreign Minister Fumio Kishida', sourceDate='2016-09-18',
    sourceUrl='https://2009-2017.state.gov/secretary/remarks/2016/09/262067.htm', confidence='verified',
    evidence='John Kerry Secretary of State Marriott New York East Side New York City, NY September 18, 2016',
    why='The Korea Herald (Yonhap, 16 Sep 2016, http://www01.koreaherald.com/view.php?ud=20160916000038) quotes the State Department: "The meeting, which will be hosted by Japan, will focus on trilateral cooperation"; ROK MOFA press release of 19 Sep 2016 records the joint statement. Hosted by Japan, joint statement the US signs: level 1. No episode.')

add(date='2023-12-09', datePrecision='day', actor='Jake Sullivan, National Security Advisor', branch='executive', target='both',
    type='meeting-convened', level='1', episode='',
    summary='In Seoul, Sullivan joins the fourth trilateral national security advisers\' meeting with Cho Tae-yong and Akiba Takeo, building on the Camp David summit (DPRK–Russia arms transfers, alignment of Indo-Pacific strategies).',
    quote='he is now joining a trilateral meeting, the fourth trilateral between the three National Security Advisors',
    sourcePublisher='The White House', sourceTitle='Statement from NSC Spokesperson Adrienne Watson on the Travel of National Security Advisor Jake Sullivan to the Republic of Korea', sourceDate='2023-12-08',
    sourceUrl='https://www.whitehouse.gov/briefing-room/statements-releases/2023/12/08/statement-from-nsc-spokesperson-adrienne-watson-on-the-travel-of-national-security-advisor-jake-sullivan-to-the-republic-of-korea/', confidence='verified',
    evidence='National Security Advisor Jake Sullivan has traveled to Seoul, Republic of Korea (ROK) for meetings on Friday, December 8 and Saturday, December 9',
    why='The trilateral is on Saturday 9 Dec 2023 (Asahi/Reuters, 8 Dec 2023: "followed by a trilateral meeting on Saturday", https://ajw-origin.potaufeu.asahi.com/ajw/articles/15078492). Hosted by the ROK: level 1. No episode (after Camp David).')

add(date='2024-10-25', datePrecision='day', actor='Jake Sullivan, National Security Advisor', branch='executive', target='both',
    type='meeting-hosted', level='3', episode='',
    summary='Sullivan meets ROK NSA Shin Won-sik and Japan\'s Akiba Takeo in Washington for the fifth trilateral NSA meeting of the Biden administration; they voice grave concern at DPRK troop deployments to Russia and review the Camp David initiatives.',
    quote='met in Washington, D.C., for the second trilateral National Security Advisors meeting since their leaders met at Camp David in August 2023',
    sourcePublisher='news.doourbest.org (repost of a White House readout)', sourceTitle='(Readout of the trilateral National Security Advisors meeting; headline not displayed)', sourceDate='',
    sourceUrl='https://news.doourbest.org/content/11560', confidence='verified',
    evidence='On Friday, October 25, National Security Advisor Jake Sullivan, Republic of Korea National Security Advisor Shin Wonsik, and Japanese National Security Advisor Akiba Takeo met in Washington, D.C.',
    why='Year 2024: Shin Won-sik became ROK NSA in August 2024, the text cites DPRK troop deployments to Russia, and 25 Oct 2024 was a Friday. US-hosted trilateral on its soil with trilateral cooperation on the agenda: level 3. No episode.')

add(date='2023-11-09', datePrecision='day', actor='Jake Sullivan, National Security Advisor', branch='executive', target='KOR',
    type='call', level='2', episode='',
    summary='In a phone call, Sullivan and ROK NSA Cho Tae-yong agree to push for a trilateral meeting with Japan\'s Akiba Takeo before the end of the year, in line with the Camp David agreement.',
    quote='agreed to push for a trilateral meeting with Japan\'s National Security Secretariat Secretary General Takeo Akiba before the end of the year',
    sourcePublisher='Korean Vibe (Yonhap)', sourceTitle='Nat\'l security advisers of S. Korea, U.S. agree to push for meeting with Japanese counterpart this year', sourceDate='2023-11-09',
    sourceUrl='https://korean-vibe.com/news/newsview.php?dt=m&ncode=179560652368440', confidence='verified',
    evidence='The national security advisers of South Korea and the United States agreed Thursday to push for a trilateral meeting with their Japanese counterpart before the end of the year',
    why='"SEOUL, Nov. 9 (Yonhap)", Thursday = 9 Nov 2023; ally-side account (ROK presidential office). A private call with one ally on the trilateral: level 2. No episode.')

add(date='2024-07-18', datePrecision='day', actor='Gen. CQ Brown, Jr., Chairman of the Joint Chiefs of Staff', branch='executive', target='both',
    type='meeting-convened', level='1', episode='',
    summary='Brown, Japan\'s Gen. Yoshida Yoshihide and ROK Adm. Kim Myung-soo hold the Trilateral Chiefs of Defense meeting in Tokyo, the first in Japan, reaffirming the momentum of trilateral security cooperation since Camp David; joint press statement.',
    quote='They also reaffirmed the importance of continuing the momentum of the new era of trilateral security cooperation advanced by the Camp David Summit in August 2023.',
    sourcePublisher='US Indo-Pacific Command', sourceTitle='United States-Japan-Republic of Korea Trilateral Chiefs of Defense Joint Press Statement', sourceDate='2024-07-18',
    sourceUrl='https://www.pacom.mil/Media/NEWS/News-Article-View/Article/3843579/united-states-japan-republic-of-korea-trilateral-chiefs-of-defense-joint-press', confidence='verified',
    evidence='convened a Trilateral Chiefs of Defense Meeting on July 18, 2024, in Tokyo, Japan.',
    why='Hosted by Japan (the Defense Ministry in Tokyo, Yomiuri via Asia News Network), with a joint press statement: level 1. No episode.')

add(date='2016-02-10', datePrecision='day', actor='Gen. Joseph F. Dunford, Chairman of the Joint Chiefs of Staff', branch='executive', target='both',
    type='meeting-hosted', level='3', episode='',
    summary='Dunford hosts ROK JCS Chairman Gen. Lee Sun-jin (by video teleconference from Seoul) and Japan\'s Adm. Kawano Katsutoshi for a trilateral chiefs\' meeting in Hawaii on trilateral information sharing after North Korea\'s January nuclear test and February launch.',
    quote='featured discussions on trilateral information sharing and collaboration in light of the increasing North Korean nuclear and missile threats',
    sourcePublisher='US Forces Korea', sourceTitle='Joint Statement on Trilateral Joint Chiefs of Staff Meeting', sourceDate='2016-02-11',
    sourceUrl='https://www.usfk.mil/Media/Newsroom/News/Article/654336/joint-statement-on-trilateral-joint-chiefs-of-staff-meeting/', confidence='verified',
    evidence='hosted Republic of Korea Army Gen. Lee, Sun-Jin, Chairman of the ROK Joint Chiefs of Staff, and Japan Maritime Self-Defense Force Adm. Kawano, Katsutoshi, Chief of Staff of the Japanese Self-Defense Force, for a trilateral meeting in Hawaii February 10.',
    why='Second chiefs\' trilateral since July 2014. The US hosts a trilateral of the two allies on its soil with their cooperation (information sharing) on the agenda: level 3. No episode.')

add(date='2016-10-14', datePrecision='day', actor='Gen. Joseph F. Dunford, Chairman of the Joint Chiefs of Staff', branch='executive', target='both',
    type='meeting-hosted', level='3', episode='',
    summary='Dunford hosts ROK JCS Chairman Gen. Lee Sun-jin and Japan\'s Adm. Kawano at the Pentagon for the third trilateral chiefs\' meeting since July 2014, on trilateral collaboration against North Korean nuclear and missile threats.',
    quote='featured discussions on trilateral collaboration in order to respond to increasing North Korean nuclear and missile threats',
    sourcePublisher='US Forces Korea (PACOM Public Affairs)', sourceTitle='CJCS Hosts ROK, Japanese Counterparts for Trilateral Discussions', sourceDate='2016-10-15',
    sourceUrl='https://www.usfk.mil/Media/Newsroom/News/Article/974923/cjcs-hosts-rok-japanese-counterparts-for-trilateral-discussions/', confidence='verified',
    evidence='Chairman of the Joint Chiefs of Staff Gen. Joseph F. Dunford hosted Republic of Korea Chairman of the Joint Chiefs of Staff Gen. Sun Jin Lee, and Japanese Chief of Staff Adm. Katsutoshi Kawano for a trilateral meeting at the Pentagon Oct. 14.',
    why='US-hosted trilateral on its soil on the allies\' cooperation: level 3. Inside the 12 months before E2016-GSOMIA-SIGNING (27 Oct 2016), but no source says it aimed at the GSOMIA, so no episode.')

add(date='2017-10-29', datePrecision='day', actor='Gen. Joseph F. Dunford, Chairman of the Joint Chiefs of Staff', branch='executive', target='both',
    type='meeting-hosted', level='3', episode='',
    summary='Dunford hosts ROK JCS Chairman Gen. Jeong Kyeong-doo and Japan\'s Adm. Kawano at US Pacific Command headquarters in Hawaii (fifth such meeting since July 2014); they agree to improve ballistic-missile defence data sharing and exercises and to further operationalise the 2016 ROK–Japan GSOMIA.',
    quote='further operationalizing the 2016 General Security of Military Information Agreement',
    sourcePublisher='US Forces Japan', sourceTitle='CJCS Hosts ROK, Japanese Counterparts for Trilateral Discussions', sourceDate='2017-10-29',
    sourceUrl='https://www.usfj.mil/Media/Press-Releases/Article-View/Article/1356918/cjcs-hosts-rok-japanese-counterparts-for-trilateral-discussions/', confidence='verified',
    evidence='hosted Chairman of the Republic of Korea Joint Chiefs of Staff Gen. Kyeong-doo Jeong, and Japanese Chief of Staff Adm. Katsutoshi Kawano for a trilateral meeting Oct. 29 at U.S. Pacific Command Headquarters in Hawaii.',
    why='US-hosted trilateral on its soil, with the allies\' own GSOMIA on the agenda: level 3. No episode is open on that object (E2016-GSOMIA-SIGNING closed 23 Nov 2016).')

add(date='2009-05-30', datePrecision='day', actor='Robert Gates, Secretary of Defense', branch='executive', target='both',
    type='meeting-convened', level='2', episode='',
    summary='Gates, Japanese Defence Minister Yasukazu Hamada and ROK Defence Minister Lee Sang-hee hold their countries\' first trilateral defence ministerial talks on the Shangri-La Dialogue margins in Singapore, days after North Korea\'s second nuclear test, agreeing to cooperate closely.',
    quote='It\'s important for South Korea, Japan and the United States to work together along with others to combat this problem multilaterally',
    sourcePublisher='OANA (Kyodo)', sourceTitle='Japan, U.S. don`t see N. Korea as nuke state, to work with S. Korea', sourceDate='2009-05-30',
    sourceUrl='https://oananews.org/node/63363', confidence='verified',
    evidence='Hamada and Gates were later joined by South Korean National Defense Minister Lee Sang Hee for their countries\' first trilateral defense ministerial talks',
    why='"SINGAPORE, May 30 Kyodo", talks "Saturday" = 30 May 2009; Yonhap (OANA node 63386) calls it "the first of its kind". The Pentagon press secretary had announced the previously scheduled meeting (Stars and Stripes, 29 May 2009). Trilateral abroad, scheduled at a multilateral forum (T5): level 2. No episode.')

add(date='2013-06-01', datePrecision='day', actor='Chuck Hagel, Secretary of Defense', branch='executive', target='both',
    type='meeting-convened', level='2', episode='',
    summary='After trilateral talks in Singapore on the Shangri-La Dialogue margins, Hagel, Japanese Defence Minister Itsunori Onodera and ROK Defence Minister Kim Kwan-jin issue a joint statement that the three will keep cooperating on North Korea\'s nuclear and missile programmes.',
    quote='',
    sourcePublisher='Masress (Al-Fagr, Arabic)', sourceTitle='(Arabic report on the US–Japan–ROK defence ministers\' joint statement in Singapore; headline not displayed)', sourceDate='',
    sourceUrl='https://www.masress.com/elfagr/1352512', confidence='unverified',
    evidence='أعلن وزير الدفاع الأمريكي تشاك هاغل ووزير الدفاع الياباني تسونوري أونوديرا ووزير الدفاع الكوري الجنوبي كيم كوانغ جين يوم 1 يونيو/حزيران، في أعقاب المحادثات الثلاثية التي جرت بينهم في سنغافورة',
    why='The excerpt gives "1 June" but no year; 2013 is inferred from the ministers named and from a now.com (Hong Kong) report of the same meeting that mentions the wartime operational control transfer planned for end-2015 (https://news.now.com/home/international/player?newsId=69490). The May 2014 Hagel–Onodera–Kim meeting is a different row (E2014-TISA). Year not confirmed, so unverified. Level 2 (trilateral abroad, T5). No episode.')

add(date='2002-10-26', datePrecision='day', actor='President George W. Bush', branch='executive', target='both',
    type='meeting-convened', level='2', episode='',
    summary='Bush meets Prime Minister Koizumi and President Kim Dae-jung (APEC, Los Cabos) to coordinate an agenda on North Korea\'s nuclear programme; the three agree Pyongyang must dismantle it in a prompt and verifiable manner.',
    quote='The three nations agreed North Korea must dismantle its nuclear weapons program in a "prompt and verifiable manner"',
    sourcePublisher='The St. Augustine Record (Knight Ridder Newspapers)', sourceTitle='Japanese demand for halt of nuclear program angers North Korea officials', sourceDate='2002-10-30',
    sourceUrl='http://staugustine.com/stories/103002/wor_1087258.shtml', confidence='verified',
    evidence='since President Bush met with Japanese Prime Minister Junichiro Koizumi and South Korea leader Kim Dae-jung on Saturday to coordinate an agenda for negotiations',
    why='"Saturday" before the article of Wednesday 30 Oct 2002 = 26 Oct 2002. The place (the APEC meeting at Los Cabos) is from general knowledge, not the excerpt. Trilateral summit abroad on the margins of a multilateral meeting (T5): level 2. No episode (E2002-KOIZUMI-YASUKUNI is about Yasukuni).')

add(date='2002-11-09', datePrecision='day', actor='James A. Kelly, Assistant Secretary of State for East Asian and Pacific Affairs', branch='executive', target='both',
    type='meeting-convened', level='1', episode='',
    summary='The fifth TCOG meeting of 2002, in Tokyo (Tanaka, Kelly, Lee Tae-sik), calls on North Korea to dismantle its uranium-enrichment programme promptly and verifiably; joint statement released by State Department spokesman Boucher.',
    quote='held this year\'s fifth Japan-U.S.-Republic of Korea Trilateral Coordination and Oversight Group meeting in Tokyo on November 9',
    sourcePublisher='US Embassy Tokyo (archived by webharvest.gov)', sourceTitle='U.S., Japan, South Korea Discuss North Korean Nuclear Program: Joint statement by Trilateral Coordination, Oversight Group', sourceDate='2002-11-09',
    sourceUrl='https://webharvest.gov/peth04/20041015050828/http://japan.usembassy.gov/e/p/tp-sec20021112a4.html', confidence='verified',
    evidence='Officials of the United States, Japan and South Korea representing the Trilateral Coordination and Oversight Group met in Tokyo November 9',
    why='Statement dated 9 Nov 2002 (Richard Boucher, Spokesman). Held in Tokyo, joint statement the US signs: level 1 (the research tables\' convention for TCOG rounds in Tokyo or Seoul). No episode.')

add(date='1999-11-08', datePrecision='day', actor='Wendy Sherman, Counselor of the State Department', branch='executive', target='both',
    type='meeting-hosted', level='3', episode='',
    summary='A two-day TCOG meeting in Washington (Sherman, ROK Deputy FM Jang Jai-ryong, Japan\'s Yukio Takeuchi) reviews the three countries\' contacts with North Korea and the next round of US–DPRK talks in Berlin, with a commitment to close coordination of their North Korea policies.',
    quote='held a Trilateral Coordination and Oversight Group (TCOG) meeting in Washington, D.C. on November 8-9',
    sourcePublisher='GlobalSecurity.org (USIA Washington File text of a State Department statement)', sourceTitle='Text: State Department November 9 on U.S.-ROK-Japan Meeting', sourceDate='1999-11-09',
    sourceUrl='https://www.globalsecurity.org/wmd/library/news/dprk/1999/991109-dprk-usia1.htm', confidence='verified',
    evidence='held a Trilateral Coordination and Oversight Group (TCOG) meeting in Washington, D.C. on November 8-9.',
    why='Statement by spokesman James Rubin, 9 Nov 1999; dated to the first day. US-hosted trilateral on US soil, the US co-chairing the institution: level 3. After E1999-TCOG (the founding, April 1999), so no episode.')

add(date='2005-02-26', datePrecision='day', actor='Christopher Hill, US Ambassador to the ROK (head of the US delegation to the six-party talks)', branch='executive', target='both',
    type='meeting-convened', level='1', episode='',
    summary='Hill meets ROK Deputy Foreign Minister Song Min-soon and Japan\'s Asian and Oceanian Affairs Director-General Kenichiro Sasae, the three chief six-party negotiators, in Seoul; they urge North Korea to return to the six-party talks immediately.',
    quote='The participants urged North Korea to immediately get back to the six-party talks.',
    sourcePublisher='The Dong-A Ilbo', sourceTitle='Consultations Among South Korea, the U.S. and Japan', sourceDate='2005-02-27',
    sourceUrl='https://www.donga.com/en/List/article/all/20050227/239995/1', confidence='verified',
    evidence='On February 26, Deputy Minister for Foreign Affairs and Trade Song Min-soon (middle), U.S. Ambassador to Korea Christopher Hill (right) and the Japanese Foreign Ministry\u2019s Asian and Oceanic Bureau Director-General Kenichiro Sasae had a meeting',
    why='Held in Seoul (hosted by the ROK) with a public call: level 1. No episode (E2005-TAKESHIMA-DAY starts 16 Mar 2005).')

add(date='2008-05-19', datePrecision='day', actor='Christopher Hill, Assistant Secretary of State for East Asian and Pacific Affairs', branch='executive', target='both',
    type='meeting-hosted', level='3', episode='',
    summary='Hill meets his Japanese and ROK six-party counterparts, Akitaka Saiki and Kim Sook, in Washington to step up trilateral cooperation and work out a plan ahead on North Korea\'s nuclear declaration.',
    quote='we\u2019re really stepping up our cooperation not only bilaterally, but trilaterally',
    sourcePublisher='US Department of State', sourceTitle='Moving the Six-Party Process Forward (excerpts from camera spray)', sourceDate='2008-05-19',
    sourceUrl='https://2001-2009.state.gov/p/eap/rls/rm/2008/05/105027.htm', confidence='verified',
    evidence='what we\u2019re doing here is to, first of all, get together with our two allies, our counterparts from \u2013 from Japan and the Republic of Korea.',
    why='Remarks dated Washington, DC, 19 May 2008. The US hosts the two allies\' envoys on its soil with their trilateral cooperation on the agenda: level 3. No episode (E2008-LIANCOURT-ROCKS starts 14 Jul 2008).')

add(date='2008-06-19', datePrecision='day', actor='Christopher Hill, Assistant Secretary of State for East Asian and Pacific Affairs', branch='executive', target='both',
    type='meeting-convened', level='1', episode='',
    summary='After a three-party meeting at Japan\'s Foreign Ministry in Tokyo with Akitaka Saiki and Kim Sook, Hill says the US very much values these trilateral meetings at an important phase of the six-party process.',
    quote='let me just say that we very much value these three-party meetings',
    sourcePublisher='US Department of State', sourceTitle='Trilateral Press Availability With Director General Akitaka Saiki and Chief Nuclear Negotiator Kim Sook', sourceDate='2008-06-19',
    sourceUrl='https://2001-2009.state.gov/p/eap/rls/rm/2008/06/106086.htm', confidence='verified',
    evidence='Christopher R. Hill, Assistant Secretary for East Asian and Pacific Affairs Ministry of Foreign Affairs Tokyo, Japan June 19, 2008',
    why='Hosted by Japan (MOFA, Tokyo), with a joint press availability: level 1. No episode.')

add(date='2008-12-03', datePrecision='day', actor='Christopher Hill, Assistant Secretary of State for East Asian and Pacific Affairs', branch='executive', target='both',
    type='meeting-convened', level='1', episode='',
    summary='Hill, Akitaka Saiki and Kim Sook hold a trilateral meeting and press availability at Japan\'s Foreign Ministry in Tokyo before the 8 December six-party talks, agreeing that verification must be codified in writing.',
    quote='',
    sourcePublisher='US Department of State', sourceTitle='Trilateral Press Availability With Director General Akitaka Saiki and Special Representative Kim Sook', sourceDate='2008-12-03',
    sourceUrl='https://2001-2009.state.gov/p/eap/rls/rm/2008/12/112771.htm', confidence='verified',
    evidence='We met with Ambassador Kim and Secretary Hill from the United States - the delegation teams from South Korea and the United States - and we had very significant exchanges of opinions.',
    why='Remarks dated Tokyo, 3 Dec 2008; the excerpt quoted is Saiki\'s account. Hosted by Japan, joint press availability: level 1. No episode.')

add(date='2006-05-02', datePrecision='day', actor='Alexander Vershbow, US Ambassador to the ROK', branch='executive', target='JPN',
    type='other', level='2', episode='',
    summary='At a luncheon with Japanese Ambassador Shotaro Oshima, who warns that Japan would react strongly if Seoul sent survey vessels into the disputed EEZ in July, Vershbow says Washington was pleased diplomacy avoided a direct confrontation in April and, taking no position on the territorial dispute, wants a conflict avoided.',
    quote='The United States was not taking a position on the territorial dispute, but wanted to see a conflict avoided.',
    sourcePublisher='WikiLeaks (cable 06SEOUL1475, mirror)', sourceTitle='JAPANESE AMBASSADOR ON LIANCOURT ROCKS', sourceDate='2006-05-02',
    sourceUrl='https://wikileaks.jcvignoli.com/cable_06SEOUL1475/?hl=', confidence='verified',
    evidence='The Ambassador said that Washington had been pleased that diplomatic efforts were successful in avoiding a direct confrontation. The United States was not taking a position on the territorial dispute',
    why='Cable of 2 May 2006 (classified by Ambassador Vershbow) on "a May 2 luncheon meeting with the Ambassador". Private communication to Japan\'s envoy on the Dokdo/Takeshima survey dispute, with a stated preference (avoid conflict) alongside neutrality on sovereignty: level 2 (0 is the alternative for the neutrality part). After E2006-DOKDO-SURVEY-STANDOFF closed (22 Apr 2006) and about the July 2006 ROK survey, which has no episode: no episode.')
