<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>BrandDialog</name>
    <message>
        <source>Brand</source>
        <translation>브랜드</translation>
    </message>
    <message>
        <source>The plan checks every touchpoint message against these words (Plan checks, F8).</source>
        <translation>플랜 점검(F8)이 모든 접점 메시지를 이 단어들과 대조합니다.</translation>
    </message>
    <message>
        <source>&amp;Tone of voice:</source>
        <translation>톤 앤 보이스(&amp;T):</translation>
    </message>
    <message>
        <source>How the brand speaks, e.g. warm, quick, never pushy</source>
        <translation>브랜드의 말투. 예: 따뜻하고 빠르며 강요하지 않음</translation>
    </message>
    <message>
        <source>&amp;Keywords:</source>
        <translation>키워드(&amp;K):</translation>
    </message>
    <message>
        <source>One per line; at least one should appear in every message</source>
        <translation>한 줄에 하나씩. 모든 메시지에 하나 이상 들어가야 합니다</translation>
    </message>
    <message>
        <source>&amp;Forbidden words:</source>
        <translation>금칙어(&amp;F):</translation>
    </message>
    <message>
        <source>One per line; none may appear in a message</source>
        <translation>한 줄에 하나씩. 메시지에 하나도 들어가면 안 됩니다</translation>
    </message>
    <message>
        <source>&amp;Palette:</source>
        <translation>팔레트(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Add Colour…</source>
        <translation>색 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>변경(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>제거(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ChecklistTemplates</name>
    <message>
        <source>Tone &amp; manner</source>
        <translation>톤앤매너</translation>
    </message>
    <message>
        <source>Copy follows the brand&apos;s tone of voice</source>
        <translation>카피가 브랜드 보이스 톤을 따름</translation>
    </message>
    <message>
        <source>Customers are addressed the same way (formal or casual) as on other channels</source>
        <translation>다른 채널과 같은 방식(존댓말 또는 반말)으로 고객을 호칭함</translation>
    </message>
    <message>
        <source>No forbidden words or exaggerated claims</source>
        <translation>금칙어나 과장된 표현이 없음</translation>
    </message>
    <message>
        <source>Visual identity</source>
        <translation>비주얼 아이덴티티</translation>
    </message>
    <message>
        <source>Logo is the current version, with clear space</source>
        <translation>로고가 최신 버전이며 여백 규정을 지킴</translation>
    </message>
    <message>
        <source>Colours come from the brand palette</source>
        <translation>색상이 브랜드 팔레트에서 선택됨</translation>
    </message>
    <message>
        <source>Brand typefaces, Hangul and Latin, are used</source>
        <translation>브랜드 서체(한글·영문)를 사용함</translation>
    </message>
    <message>
        <source>Key message</source>
        <translation>핵심 메시지</translation>
    </message>
    <message>
        <source>The campaign&apos;s key message is present</source>
        <translation>캠페인의 핵심 메시지가 포함됨</translation>
    </message>
    <message>
        <source>Product names and prices match the other channels</source>
        <translation>제품명과 가격이 다른 채널과 일치함</translation>
    </message>
    <message>
        <source>The call to action leads to the next planned touchpoint</source>
        <translation>콜투액션(CTA)이 계획된 다음 접점으로 연결됨</translation>
    </message>
    <message>
        <source>Promotion parity (online and offline)</source>
        <translation>프로모션 동일성(온라인·오프라인)</translation>
    </message>
    <message>
        <source>The same promotion is offered online and in store</source>
        <translation>온라인과 매장에서 같은 프로모션을 제공함</translation>
    </message>
    <message>
        <source>Coupons can be redeemed on every channel that shows them</source>
        <translation>쿠폰을 노출하는 모든 채널에서 쿠폰을 사용할 수 있음</translation>
    </message>
    <message>
        <source>Terms and end dates are stated identically</source>
        <translation>조건과 종료일이 동일하게 안내됨</translation>
    </message>
    <message>
        <source>Service policy</source>
        <translation>서비스 정책</translation>
    </message>
    <message>
        <source>Returns and refunds follow the same policy</source>
        <translation>반품과 환불이 같은 정책을 따름</translation>
    </message>
    <message>
        <source>Opening hours and response times are stated</source>
        <translation>영업시간과 응답 시간이 안내됨</translation>
    </message>
    <message>
        <source>A hand-off to a person is offered when self-service fails</source>
        <translation>셀프서비스로 해결되지 않으면 상담원으로 핸드오프를 제공함</translation>
    </message>
    <message>
        <source>Consent and privacy</source>
        <translation>동의 및 개인정보</translation>
    </message>
    <message>
        <source>Marketing messages go only to customers who opted in</source>
        <translation>마케팅 메시지는 수신 동의한 고객에게만 발송함</translation>
    </message>
    <message>
        <source>Advertising messages are labelled as such, with an opt-out</source>
        <translation>광고성 메시지는 광고임을 표시하고 수신 거부 방법을 제공함</translation>
    </message>
    <message>
        <source>Personal data collected is listed in the privacy notice</source>
        <translation>수집하는 개인정보가 개인정보 처리방침에 명시됨</translation>
    </message>
    <message>
        <source>Promotion parity</source>
        <translation>프로모션 동일성</translation>
    </message>
    <message>
        <source>Consent &amp; privacy</source>
        <translation>동의 및 개인정보</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
</context>
<context>
    <name>DepartmentsDialog</name>
    <message>
        <source>Departments</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>Departments own channels, personas, journeys, touchpoints, KPIs and campaigns; set an owner in each item&apos;s editor. Every change here is one undo step.</source>
        <translation>부서는 채널, 페르소나, 여정, 접점, KPI, 캠페인을 담당합니다. 담당 부서는 각 항목의 편집기에서 정합니다. 여기서 하는 변경은 하나하나가 실행 취소 단위입니다.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>색:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>선택(&amp;H)…</translation>
    </message>
    <message>
        <source>Owns:</source>
        <translation>담당 항목:</translation>
    </message>
    <message>
        <source>&amp;Add Department</source>
        <translation>부서 추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>제거(&amp;R)</translation>
    </message>
</context>
<context>
    <name>KpiBindingDialog</name>
    <message>
        <source>Data binding</source>
        <translation>데이터 연결</translation>
    </message>
    <message>
        <source>&amp;Measure this KPI on the data set</source>
        <translation>데이터 세트로 이 KPI 측정(&amp;M)</translation>
    </message>
    <message>
        <source>Count events</source>
        <translation>이벤트 수 세기</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>유형(&amp;T):</translation>
    </message>
    <message>
        <source>At &amp;stage:</source>
        <translation>단계(&amp;S):</translation>
    </message>
    <message>
        <source>On &amp;channel:</source>
        <translation>채널(&amp;C):</translation>
    </message>
    <message>
        <source>Divided by events</source>
        <translation>나눌 이벤트</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>유형(&amp;Y):</translation>
    </message>
    <message>
        <source>At s&amp;tage:</source>
        <translation>단계(&amp;T):</translation>
    </message>
    <message>
        <source>On c&amp;hannel:</source>
        <translation>채널(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>기간(&amp;W):</translation>
    </message>
</context>
<context>
    <name>KpiLibrary</name>
    <message>
        <source>Reach</source>
        <translation>도달</translation>
    </message>
    <message>
        <source>Unique people who saw the content at least once.</source>
        <translation>콘텐츠를 한 번 이상 본 순 사용자 수입니다.</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>노출</translation>
    </message>
    <message>
        <source>Times the content was shown, repeats included.</source>
        <translation>반복 노출을 포함한 콘텐츠 노출 횟수입니다.</translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation>참여율</translation>
    </message>
    <message>
        <source>Likes, comments, shares and saves per person reached.</source>
        <translation>도달한 사람당 좋아요·댓글·공유·저장 수입니다.</translation>
    </message>
    <message>
        <source>Click-through rate</source>
        <translation>클릭률</translation>
    </message>
    <message>
        <source>Clicks per impression.</source>
        <translation>노출당 클릭 수입니다.</translation>
    </message>
    <message>
        <source>Open rate</source>
        <translation>오픈율</translation>
    </message>
    <message>
        <source>Messages opened per message delivered.</source>
        <translation>전달된 메시지당 열람된 메시지 수입니다.</translation>
    </message>
    <message>
        <source>Click-to-open rate</source>
        <translation>오픈 대비 클릭률</translation>
    </message>
    <message>
        <source>Clicks per message opened.</source>
        <translation>열람된 메시지당 클릭 수입니다.</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>전환율</translation>
    </message>
    <message>
        <source>Customers who complete the goal per customer who entered the stage.</source>
        <translation>단계에 유입된 고객 중 목표를 완료한 고객의 비율입니다.</translation>
    </message>
    <message>
        <source>Cross-channel transfer rate</source>
        <translation>채널 간 전환율</translation>
    </message>
    <message>
        <source>Customers who continue on another channel per customer handed off.</source>
        <translation>핸드오프된 고객 중 다른 채널에서 계속 진행한 고객의 비율입니다.</translation>
    </message>
    <message>
        <source>Drop-off rate</source>
        <translation>이탈률</translation>
    </message>
    <message>
        <source>Customers who leave the journey at this stage per customer who entered it.</source>
        <translation>이 단계에 유입된 고객 중 이 단계에서 여정을 떠난 고객의 비율입니다.</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>평균 주문 금액</translation>
    </message>
    <message>
        <source>Revenue per order.</source>
        <translation>주문당 매출입니다.</translation>
    </message>
    <message>
        <source>Repeat purchase rate</source>
        <translation>재구매율</translation>
    </message>
    <message>
        <source>Customers who buy again within the period per buying customer.</source>
        <translation>구매 고객 중 기간 내에 다시 구매한 고객의 비율입니다.</translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation>고객 이탈률</translation>
    </message>
    <message>
        <source>Customers lost in the period per customer at its start.</source>
        <translation>기간 시작 시점 고객 중 기간 내에 잃은 고객의 비율입니다.</translation>
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation>순추천지수(NPS)</translation>
    </message>
    <message>
        <source>Promoters minus detractors, from -100 to 100.</source>
        <translation>추천 고객 비율에서 비추천 고객 비율을 뺀 값으로, -100에서 100 사이입니다.</translation>
    </message>
    <message>
        <source>Customer satisfaction (CSAT)</source>
        <translation>고객 만족도(CSAT)</translation>
    </message>
    <message>
        <source>Satisfied answers per survey answer.</source>
        <translation>설문 응답 중 만족 응답의 비율입니다.</translation>
    </message>
    <message>
        <source>Customer lifetime value</source>
        <translation>고객 생애 가치</translation>
    </message>
    <message>
        <source>Expected margin from a customer over the whole relationship.</source>
        <translation>고객과의 전체 관계 기간 동안 예상되는 마진입니다.</translation>
    </message>
    <message>
        <source>Return on investment</source>
        <translation>투자 수익률</translation>
    </message>
    <message>
        <source>Attributed margin minus cost, per cost.</source>
        <translation>기여 마진에서 비용을 뺀 값을 비용으로 나눈 값입니다.</translation>
    </message>
    <message>
        <source>Cost per acquisition</source>
        <translation>고객 획득 비용</translation>
    </message>
    <message>
        <source>Spend per new customer won.</source>
        <translation>신규 고객 한 명을 획득하는 데 든 비용입니다.</translation>
    </message>
    <message>
        <source>Time to convert</source>
        <translation>전환 소요 시간</translation>
    </message>
    <message>
        <source>Hours from the first touch to the purchase.</source>
        <translation>첫 접점부터 구매까지 걸린 시간(시간)입니다.</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1일 %2시간</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1시간 %2분</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>백분율</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>개수</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <source>Duration (hours)</source>
        <translation>기간(시간)</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>비율</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>높을수록 좋음</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>낮을수록 좋음</translation>
    </message>
</context>
<context>
    <name>KpiMeasurementDialog</name>
    <message>
        <source>Record Measurement</source>
        <translation>측정 기록</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>날짜(&amp;D):</translation>
    </message>
    <message>
        <source>The last day the value describes (the end of the measured period)</source>
        <translation>값이 가리키는 마지막 날(측정 기간의 끝)</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>값(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>메모(&amp;N):</translation>
    </message>
    <message>
        <source>What was measured, or what changed since (optional)</source>
        <translation>무엇을 측정했는지, 또는 그 뒤로 무엇이 바뀌었는지(선택)</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>출처(&amp;S):</translation>
    </message>
    <message>
        <source>Where the value comes from, e.g. the data set (optional)</source>
        <translation>값의 출처, 예: 데이터 세트(선택)</translation>
    </message>
</context>
<context>
    <name>PersonaEditorForm</name>
    <message>
        <source>O&amp;wner</source>
        <translation>담당자(&amp;W)</translation>
    </message>
    <message>
        <source>The persona&apos;s picture, stored inside the project</source>
        <translation>프로젝트 안에 저장되는 페르소나 사진</translation>
    </message>
    <message>
        <source>Choose &amp;Photo…</source>
        <translation>사진 선택(&amp;P)…</translation>
    </message>
    <message>
        <source>Pick a PNG or JPEG picture; it is scaled to 160 px and embedded in the project</source>
        <translation>PNG 또는 JPEG 사진을 고릅니다. 160 px로 줄여 프로젝트에 넣습니다</translation>
    </message>
    <message>
        <source>Remove P&amp;hoto</source>
        <translation>사진 제거(&amp;H)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>프로필</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>이름(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Segment</source>
        <translation>세그먼트(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;cenario</source>
        <translation>시나리오(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>인용구(&amp;Q)</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>연령대</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>성별</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>직업</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>소득</translation>
    </message>
    <message>
        <source>Curve colour</source>
        <translation>곡선 색상</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>한 줄에 하나씩</translation>
    </message>
    <message>
        <source>Motivations</source>
        <translation>동기</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>불편 사항(페인 포인트)</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>사용 기기</translation>
    </message>
    <message>
        <source>Preferred channels</source>
        <translation>선호 채널</translation>
    </message>
    <message>
        <source>Segment rule</source>
        <translation>세그먼트 규칙</translation>
    </message>
    <message>
        <source>Customers must match &amp;all conditions (otherwise any)</source>
        <translation>고객이 모든 조건을 충족해야 함(해제 시 하나라도 충족)(&amp;A)</translation>
    </message>
    <message>
        <source>Add &amp;Condition</source>
        <translation>조건 추가(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>제거(&amp;R)</translation>
    </message>
</context>
<context>
    <name>PlanCommands</name>
    <message>
        <source>Move action</source>
        <translation>실행 항목 이동</translation>
    </message>
    <message>
        <source>Change channel role</source>
        <translation>채널 역할 변경</translation>
    </message>
    <message>
        <source>Add KPI</source>
        <translation>KPI 추가</translation>
    </message>
    <message>
        <source>Remove KPI</source>
        <translation>KPI 제거</translation>
    </message>
    <message>
        <source>Apply checklist</source>
        <translation>체크리스트 적용</translation>
    </message>
    <message>
        <source>Remove checklist</source>
        <translation>체크리스트 제거</translation>
    </message>
    <message>
        <source>Add checklist template</source>
        <translation>체크리스트 템플릿 추가</translation>
    </message>
    <message>
        <source>Check item</source>
        <translation>항목 점검</translation>
    </message>
    <message>
        <source>Add campaign</source>
        <translation>캠페인 추가</translation>
    </message>
    <message>
        <source>Remove campaign</source>
        <translation>캠페인 제거</translation>
    </message>
    <message>
        <source>Switch rule on</source>
        <translation>규칙 켜기</translation>
    </message>
    <message>
        <source>Switch rule off</source>
        <translation>규칙 끄기</translation>
    </message>
    <message>
        <source>Rename checklist</source>
        <translation>체크리스트 이름 바꾸기</translation>
    </message>
    <message>
        <source>Record measurement</source>
        <translation>측정 기록</translation>
    </message>
    <message>
        <source>Record KPI values</source>
        <translation>KPI 값 기록</translation>
    </message>
    <message>
        <source>Edit recorded measurement</source>
        <translation>측정 기록 편집</translation>
    </message>
    <message>
        <source>Delete recorded measurement</source>
        <translation>측정 기록 삭제</translation>
    </message>
</context>
<context>
    <name>PlanPropertiesDialog</name>
    <message>
        <source>Plan Properties</source>
        <translation>플랜 속성</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>e.g. Order in the app, pick up in store</source>
        <translation>예: 앱에서 주문하고 매장에서 픽업</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>설명(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>통화(&amp;C):</translation>
    </message>
    <message>
        <source>ISO 4217 code of every amount in the plan (KRW, USD, EUR…)</source>
        <translation>플랜의 모든 금액에 쓰는 ISO 4217 통화 코드 (KRW, USD, EUR…)</translation>
    </message>
    <message>
        <source>Amounts look like:</source>
        <translation>금액 표시 예:</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
</context>
<context>
    <name>RoleSuggestions</name>
    <message>
        <source>Drive awareness and reach</source>
        <translation>인지도와 도달 확대</translation>
    </message>
    <message>
        <source>Social proof and inspiration</source>
        <translation>사회적 증거와 영감 제공</translation>
    </message>
    <message>
        <source>Reviews, sharing and user content</source>
        <translation>리뷰, 공유 및 사용자 콘텐츠</translation>
    </message>
    <message>
        <source>Reach new customers</source>
        <translation>신규 고객 도달</translation>
    </message>
    <message>
        <source>Retarget interested visitors</source>
        <translation>관심 방문자 리타기팅</translation>
    </message>
    <message>
        <source>Explore, compare and decide</source>
        <translation>탐색, 비교 및 결정</translation>
    </message>
    <message>
        <source>Complete the purchase</source>
        <translation>구매 완료</translation>
    </message>
    <message>
        <source>Be found in search</source>
        <translation>검색에서 발견되기</translation>
    </message>
    <message>
        <source>Self-service during use</source>
        <translation>사용 중 셀프서비스</translation>
    </message>
    <message>
        <source>Loyalty programme and reorder</source>
        <translation>멤버십 프로그램과 재주문</translation>
    </message>
    <message>
        <source>Self-service help</source>
        <translation>셀프서비스 도움말</translation>
    </message>
    <message>
        <source>Give the hands-on experience</source>
        <translation>직접 체험 제공</translation>
    </message>
    <message>
        <source>Final decision and purchase</source>
        <translation>최종 결정과 구매</translation>
    </message>
    <message>
        <source>Try before buying</source>
        <translation>구매 전 체험</translation>
    </message>
    <message>
        <source>Returns and repairs in person</source>
        <translation>대면 반품 및 수리</translation>
    </message>
    <message>
        <source>Keep the relationship and bring customers back</source>
        <translation>관계 유지와 고객 재방문 유도</translation>
    </message>
    <message>
        <source>Reminders and confirmations</source>
        <translation>알림과 확인 메시지</translation>
    </message>
    <message>
        <source>Ask for reviews and referrals</source>
        <translation>리뷰와 추천 요청</translation>
    </message>
    <message>
        <source>Timely updates during use</source>
        <translation>사용 중 시의적절한 업데이트</translation>
    </message>
    <message>
        <source>Chat support</source>
        <translation>채팅 상담</translation>
    </message>
    <message>
        <source>Resolve issues and take service hand-offs</source>
        <translation>문제 해결 및 서비스 핸드오프 처리</translation>
    </message>
    <message>
        <source>Help customers who get stuck</source>
        <translation>막힌 고객 지원</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>Touchpoint “%1” uses forbidden word(s): %2</source>
        <translation>접점 “%1”에 금칙어가 사용되었습니다: %2</translation>
    </message>
    <message>
        <source>Touchpoint “%1” uses none of the brand keywords (%2)</source>
        <translation>접점 “%1”에 브랜드 키워드(%2)가 하나도 사용되지 않았습니다</translation>
    </message>
    <message>
        <source>Channel “%1” colour %2 is not in the brand palette (%3)</source>
        <translation>채널 “%1”의 색상 %2이(가) 브랜드 팔레트(%3)에 없습니다</translation>
    </message>
    <message>
        <source>Promotion “%1” runs on %2 at stage “%3” but not on %4 (checklist “%5” requires parity)</source>
        <translation>프로모션 “%1”이(가) 단계 “%3”의 %2에서는 진행되지만 %4에서는 진행되지 않습니다(체크리스트 “%5”는 동일성을 요구합니다)</translation>
    </message>
    <message>
        <source>Campaign “%1”: dates “%2” – “%3” are not a valid period</source>
        <translation>캠페인 “%1”: 기간 “%2” – “%3”이(가) 올바른 기간이 아닙니다</translation>
    </message>
    <message>
        <source>Campaign “%1”, action “%2”: dates “%3” – “%4” are not a valid period</source>
        <translation>캠페인 “%1”, 실행 항목 “%2”: 기간 “%3” – “%4”이(가) 올바른 기간이 아닙니다</translation>
    </message>
    <message>
        <source>Campaign “%1”: action “%2” (%3 – %4) is outside the campaign (%5 – %6)</source>
        <translation>캠페인 “%1”: 실행 항목 “%2”(%3 – %4)이(가) 캠페인 기간(%5 – %6)을 벗어납니다</translation>
    </message>
    <message>
        <source>(no channel)</source>
        <translation>(채널 없음)</translation>
    </message>
    <message>
        <source>Campaign “%1”: actions on %2 cost %3, over the budget of %4</source>
        <translation>캠페인 “%1”: %2의 실행 항목 비용이 %3으로, 예산 %4을(를) 초과합니다</translation>
    </message>
    <message>
        <source>Campaign “%1”: actions on %2 cost %3 but the channel has no budget line</source>
        <translation>캠페인 “%1”: %2의 실행 항목 비용이 %3이지만 이 채널에는 예산 항목이 없습니다</translation>
    </message>
    <message>
        <source>Campaigns “%1” (“%2”) and “%3” (“%4”) both run a promotion at stage “%5” from %6 to %7</source>
        <translation>캠페인 “%1”(“%2”)과(와) “%3”(“%4”)이(가) 모두 %6부터 %7까지 단계 “%5”에서 프로모션을 진행합니다</translation>
    </message>
    <message>
        <source>Journey “%1”: stage “%2” has no touchpoint</source>
        <translation>여정 “%1”: 단계 “%2”에 접점이 없습니다</translation>
    </message>
    <message>
        <source>Touchpoint “%1” (%2 · %3) has no KPI</source>
        <translation>접점 “%1”(%2 · %3)에 KPI가 없습니다</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>주요</translation>
    </message>
    <message>
        <source>supporting</source>
        <translation>보조</translation>
    </message>
    <message>
        <source>%1 has a %2 role at stage “%3” but no touchpoint there</source>
        <translation>%1은(는) 단계 “%3”에서 %2 역할을 맡지만 해당 단계에 접점이 없습니다</translation>
    </message>
    <message>
        <source>Journey “%1”: no hand-off from “%2” to “%3”</source>
        <translation>여정 “%1”: “%2”에서 “%3”(으)로 이어지는 핸드오프가 없습니다</translation>
    </message>
    <message>
        <source>KPI “%1” has no target</source>
        <translation>KPI “%1”에 목표가 없습니다</translation>
    </message>
    <message>
        <source>Stage without touchpoint</source>
        <translation>접점이 없는 단계</translation>
    </message>
    <message>
        <source>Customers pass through every stage. A stage with no touchpoint means the brand is absent there: plan at least one contact or merge the stage.</source>
        <translation>고객은 모든 단계를 거칩니다. 접점이 없는 단계는 브랜드가 그 단계에 부재함을 뜻합니다. 접점을 하나 이상 계획하거나 단계를 병합하세요.</translation>
    </message>
    <message>
        <source>Touchpoint without KPI</source>
        <translation>KPI가 없는 접점</translation>
    </message>
    <message>
        <source>A touchpoint nobody measures cannot be improved. Attach a KPI to it, or scope a KPI to its stage and channel.</source>
        <translation>아무도 측정하지 않는 접점은 개선할 수 없습니다. 접점에 KPI를 연결하거나, 해당 단계와 채널 범위의 KPI를 지정하세요.</translation>
    </message>
    <message>
        <source>KPI without target</source>
        <translation>목표가 없는 KPI</translation>
    </message>
    <message>
        <source>Without a target a KPI cannot be on or off track. Set the value the plan aims for.</source>
        <translation>목표가 없으면 KPI의 달성 여부를 판단할 수 없습니다. 계획의 목표값을 설정하세요.</translation>
    </message>
    <message>
        <source>Channel role without touchpoint</source>
        <translation>접점이 없는 채널 역할</translation>
    </message>
    <message>
        <source>The role matrix gives the channel a role at this stage, but the map has no touchpoint there. Add the touchpoint or lower the role to none.</source>
        <translation>역할 매트릭스에서 이 단계의 채널에 역할을 부여했지만 여정 지도에는 해당 접점이 없습니다. 접점을 추가하거나 역할을 &apos;없음&apos;으로 낮추세요.</translation>
    </message>
    <message>
        <source>Break in the journey</source>
        <translation>여정 단절</translation>
    </message>
    <message>
        <source>No hand-off leads from any touchpoint of a stage to one of the next stage, so nothing moves the customer on. Draw the hand-off that carries them (&quot;QR code in store → app&quot;).</source>
        <translation>한 단계의 어떤 접점에서도 다음 단계의 접점으로 이어지는 핸드오프가 없어 고객이 다음 단계로 넘어가지 못합니다. 고객을 이어 주는 핸드오프를 그리세요(&quot;매장 QR 코드 → 앱&quot;).</translation>
    </message>
    <message>
        <source>Promotion missing on a channel</source>
        <translation>채널에 프로모션 누락</translation>
    </message>
    <message>
        <source>An applied checklist requires the same promotion on these channels. Customers who see it on one channel and not on another lose trust: add it, or mark the checklist item not applicable for that channel.</source>
        <translation>적용된 체크리스트는 이 채널들에서 같은 프로모션을 요구합니다. 한 채널에서는 보이고 다른 채널에서는 보이지 않으면 고객의 신뢰를 잃습니다. 프로모션을 추가하거나 해당 채널의 체크리스트 항목을 &apos;해당 없음&apos;으로 표시하세요.</translation>
    </message>
    <message>
        <source>Forbidden word in message</source>
        <translation>메시지에 금칙어 포함</translation>
    </message>
    <message>
        <source>The brand has banned this word (legal risk or off-brand). Matching ignores case, spacing and full-width letters.</source>
        <translation>브랜드에서 금지한 단어입니다(법적 위험 또는 브랜드와 맞지 않음). 대소문자, 띄어쓰기, 전각 문자는 구분하지 않고 비교합니다.</translation>
    </message>
    <message>
        <source>No brand keyword in message</source>
        <translation>메시지에 브랜드 키워드 없음</translation>
    </message>
    <message>
        <source>None of the brand&apos;s keywords appears in the message, so it may not sound like the brand. Consider using one.</source>
        <translation>메시지에 브랜드 키워드가 하나도 없어 브랜드답게 들리지 않을 수 있습니다. 키워드 사용을 고려하세요.</translation>
    </message>
    <message>
        <source>Channel colour outside the brand palette</source>
        <translation>브랜드 팔레트를 벗어난 채널 색상</translation>
    </message>
    <message>
        <source>Channel colours should come from the brand palette so the map and exports look like the brand.</source>
        <translation>여정 지도와 내보낸 파일이 브랜드답게 보이도록 채널 색상은 브랜드 팔레트에서 선택해야 합니다.</translation>
    </message>
    <message>
        <source>Invalid campaign dates</source>
        <translation>잘못된 캠페인 기간</translation>
    </message>
    <message>
        <source>A date is missing, not an ISO date (YYYY-MM-DD), or ends before it starts.</source>
        <translation>날짜가 없거나, ISO 날짜(YYYY-MM-DD)가 아니거나, 종료일이 시작일보다 앞섭니다.</translation>
    </message>
    <message>
        <source>Action outside the campaign dates</source>
        <translation>캠페인 기간을 벗어난 실행 항목</translation>
    </message>
    <message>
        <source>A planned action runs before the campaign starts or after it ends. Move the action or extend the campaign.</source>
        <translation>계획된 실행 항목이 캠페인 시작 전이나 종료 후에 진행됩니다. 실행 항목을 옮기거나 캠페인 기간을 늘리세요.</translation>
    </message>
    <message>
        <source>Channel budget exceeded</source>
        <translation>채널 예산 초과</translation>
    </message>
    <message>
        <source>The planned actions on this channel cost more than its budget line. Raise the budget or cut actions.</source>
        <translation>이 채널에 계획된 실행 항목의 비용이 예산 항목을 초과합니다. 예산을 늘리거나 실행 항목을 줄이세요.</translation>
    </message>
    <message>
        <source>Overlapping promotions</source>
        <translation>프로모션 중복</translation>
    </message>
    <message>
        <source>Two campaigns run promotions at the same stage for the same persona at the same time: customers would get both offers. Stagger them or combine them.</source>
        <translation>두 캠페인이 같은 페르소나를 대상으로 같은 단계에서 같은 기간에 프로모션을 진행합니다. 고객이 두 혜택을 모두 받게 됩니다. 시기를 조정하거나 통합하세요.</translation>
    </message>
    <message>
        <source>Planned and measured feeling differ</source>
        <translation>계획한 감정과 측정된 감정이 다름</translation>
    </message>
    <message>
        <source>Customer feedback puts a stage&apos;s emotion far from what the map assumes. Read what customers say there and correct the plan or the experience.</source>
        <translation>고객 피드백이 단계의 감정을 지도가 가정한 것과 멀리 떨어진 곳에 둡니다. 고객이 그곳에서 하는 말을 읽고 계획이나 경험을 고치세요.</translation>
    </message>
    <message>
        <source>Experiment “%1” on %2: %3</source>
        <translation>%2의 실험 “%1”: %3</translation>
    </message>
    <message>
        <source>Experiment can not be read</source>
        <translation>실험 결과를 읽을 수 없음</translation>
    </message>
    <message>
        <source>An A/B test needs two or more labelled variants whose split adds up to 100 %, a primary KPI with a data binding, a non-zero minimum detectable effect and valid dates. Fix the design before launch, or its result can not be read.</source>
        <translation>A/B 테스트에는 레이블이 있고 비율의 합이 100 %인 변형 둘 이상, 데이터 바인딩이 있는 주 KPI, 0이 아닌 최소 검출 효과, 올바른 날짜가 필요합니다. 시작 전에 설계를 고치지 않으면 결과를 읽을 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>WarehouseConnectionDialog</name>
    <message>
        <source>Connect to Warehouse</source>
        <translation>웨어하우스에 연결</translation>
    </message>
    <message>
        <source>Omnimap reads a table or view of events in a PostgreSQL-compatible warehouse (PostgreSQL, Citus, managed services) or a ClickHouse server or cluster (over its HTTP interface). The journeys are computed by the warehouse; only totals come back. Nothing is ever written there. The project keeps the connection&apos;s name and column mapping, never the password.</source>
        <translation>Omnimap은 PostgreSQL 호환 웨어하우스(PostgreSQL, Citus, 관리형 서비스) 또는 ClickHouse 서버나 클러스터(HTTP 인터페이스)의 이벤트 테이블이나 뷰를 읽습니다. 여정은 웨어하우스가 계산하고 집계 결과만 돌아옵니다. 웨어하우스에는 아무것도 쓰지 않습니다. 프로젝트에는 연결 이름과 열 매핑만 저장되고 비밀번호는 저장되지 않습니다.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>What the project calls this warehouse, e.g. Sales warehouse</source>
        <translation>프로젝트에서 부를 이 웨어하우스의 이름(예: 매출 웨어하우스)</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>호스트(&amp;H):</translation>
    </message>
    <message>
        <source>warehouse.example.com</source>
        <translation>warehouse.example.com</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>포트(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>데이터베이스(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>사용자(&amp;U):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>비밀번호(&amp;W):</translation>
    </message>
    <message>
        <source>Asked each time unless kept in the keychain</source>
        <translation>키체인에 보관하지 않으면 매번 묻습니다</translation>
    </message>
    <message>
        <source>&amp;Keep the password in the system keychain</source>
        <translation>비밀번호를 시스템 키체인에 보관(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>TLS(&amp;T):</translation>
    </message>
    <message>
        <source>T&amp;able or view:</source>
        <translation>테이블 또는 뷰(&amp;A):</translation>
    </message>
    <message>
        <source>events or schema.events</source>
        <translation>events 또는 schema.events</translation>
    </message>
    <message>
        <source>Time &amp;limit:</source>
        <translation>시간 제한(&amp;L):</translation>
    </message>
    <message>
        <source> s</source>
        <translation>초</translation>
    </message>
    <message>
        <source>Column mapping (as for a CSV import)</source>
        <translation>열 매핑(CSV 가져오기와 같음)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>필드</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>열</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>연결 테스트(&amp;C)</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Run the data set and simulation benchmarks</source>
        <translation>데이터 세트 및 시뮬레이션 벤치마크 실행</translation>
    </message>
    <message>
        <source>%1 (pass %2, fail %3, n/a %4, unchecked %5)</source>
        <translation>%1(통과 %2, 실패 %3, 해당 없음 %4, 미점검 %5)</translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s), %3 note(s)</source>
        <translation>오류 %1개, 경고 %2개, 참고 %3개</translation>
    </message>
    <message>
        <source>Checklist “%1”: %2</source>
        <translation>체크리스트 “%1”: %2</translation>
    </message>
    <message>
        <source>All checklists: %1</source>
        <translation>전체 체크리스트: %1</translation>
    </message>
    <message>
        <source>Check a plan&apos;s consistency rules and checklist scores</source>
        <translation>계획의 일관성 규칙과 체크리스트 점수 점검</translation>
    </message>
    <message>
        <source>Load and save a project in the current format</source>
        <translation>현재 형식으로 프로젝트를 불러와 저장</translation>
    </message>
    <message>
        <source>Show what changed between two versions of a plan</source>
        <translation>두 버전의 계획 사이에서 바뀐 내용 표시</translation>
    </message>
    <message numerus="yes">
        <source>wrote %1 (%n page(s))</source>
        <translation>
            <numerusform>%1 작성됨(%n페이지)</numerusform>
        </translation>
    </message>
    <message>
        <source>Import an OpenJourney (.ojf) map as a new project</source>
        <translation>OpenJourney(.ojf) 지도를 새 프로젝트로 가져오기</translation>
    </message>
    <message>
        <source>Summarise a project file</source>
        <translation>프로젝트 파일 요약</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) written to %1 with our values; open it in Omnimap to resolve them.</source>
        <translation>
            <numerusform>충돌 %n건을 우리 쪽 값으로 %1에 기록했습니다. Omnimap에서 열어 해결하세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Three-way merge of plans by stable ids (git merge driver)</source>
        <translation>고유 ID 기반 계획 3방향 병합(git 병합 드라이버)</translation>
    </message>
    <message>
        <source>Attribute conversions to channels (first, last, linear, time-decay, position, markov)</source>
        <translation>전환의 채널 기여도 분석(first, last, linear, time-decay, position, markov)</translation>
    </message>
    <message>
        <source>Generate a deterministic sample data set for a project</source>
        <translation>프로젝트용 결정적(재현 가능한) 샘플 데이터 세트 생성</translation>
    </message>
    <message>
        <source>Measure the KPIs bound to a data set</source>
        <translation>데이터 세트에 연결된 KPI 측정</translation>
    </message>
    <message>
        <source>Path analysis: top paths, transitions, funnel, time to convert</source>
        <translation>경로 분석: 상위 경로, 전이, 퍼널, 전환 소요 시간</translation>
    </message>
    <message>
        <source>Monte Carlo simulation of personas through a journey, with what-if scenarios</source>
        <translation>여정을 따라가는 페르소나의 몬테카를로 시뮬레이션 및 가정(what-if) 시나리오</translation>
    </message>
    <message numerus="yes">
        <source>valid (%n journey(s)</source>
        <translation>
            <numerusform>유효함(여정 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n persona(s))</source>
        <translation>
            <numerusform>, 페르소나 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <source>Check project files (or --syntax: JSON only)</source>
        <translation>프로젝트 파일 점검(또는 --syntax: JSON만)</translation>
    </message>
    <message>
        <source>missing arguments; see --help</source>
        <translation>인수가 부족합니다. --help를 참조하세요</translation>
    </message>
    <message>
        <source>Usage: omnimap-cli &lt;command&gt; [options]</source>
        <translation>사용법: omnimap-cli &lt;command&gt; [options]</translation>
    </message>
    <message>
        <source>Plan omnichannel customer journeys headless: validate, convert, import, simulate, export, merge.</source>
        <translation>화면 없이 옴니채널 고객 여정을 계획합니다: 검증, 변환, 가져오기, 시뮬레이션, 내보내기, 병합.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>명령:</translation>
    </message>
    <message>
        <source>Run &apos;omnimap-cli &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation>명령의 옵션을 보려면 &apos;omnimap-cli &lt;command&gt; --help&apos;를 실행하세요.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 invalid input, 2 wrong usage.</source>
        <translation>종료 코드: 0 성공, 1 잘못된 입력, 2 잘못된 사용법.</translation>
    </message>
    <message>
        <source>omnimap-cli: unknown command &apos;%1&apos;. Run &apos;omnimap-cli --help&apos; for the list.</source>
        <translation>omnimap-cli: 알 수 없는 명령 &apos;%1&apos;입니다. 목록을 보려면 &apos;omnimap-cli --help&apos;를 실행하세요.</translation>
    </message>
    <message>
        <source>omnimap-cli: this command needs omnimap-cli-full, which is not installed with omnimap-cli.</source>
        <translation>omnimap-cli: 이 명령에는 omnimap-cli-full이 필요하지만 함께 설치되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>omnimap-cli: can not run %1: %2</source>
        <translation>omnimap-cli: %1을(를) 실행할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Events in the benchmark data set.</source>
        <translation>벤치마크 데이터 세트의 이벤트 수입니다.</translation>
    </message>
    <message>
        <source>Runs per figure (the median is reported).</source>
        <translation>수치당 실행 횟수(중앙값을 보고합니다)입니다.</translation>
    </message>
    <message>
        <source>Monte Carlo customers.</source>
        <translation>몬테카를로 고객 수입니다.</translation>
    </message>
    <message>
        <source>Journeys for the Markov figures.</source>
        <translation>마르코프 수치용 여정 수입니다.</translation>
    </message>
    <message>
        <source>Monte Carlo threads.</source>
        <translation>몬테카를로 스레드 수입니다.</translation>
    </message>
    <message>
        <source>Working folder (default: a temporary one).</source>
        <translation>작업 폴더(기본값: 임시 폴더)입니다.</translation>
    </message>
    <message>
        <source>Project whose journey the data follows (default: a built-in plan).</source>
        <translation>데이터가 따르는 여정이 있는 프로젝트(기본값: 내장 계획)입니다.</translation>
    </message>
    <message>
        <source>Also time the references: sqlite3 shell .import and window-function SQL.</source>
        <translation>참조 구현도 시간 측정: sqlite3 셸 .import 및 윈도 함수 SQL.</translation>
    </message>
    <message>
        <source>Skip the CSV import figures.</source>
        <translation>CSV 가져오기 수치를 건너뜁니다.</translation>
    </message>
    <message>
        <source>Paths CSV repeated 100 times for the paths figures, e.g. ChannelAttribution&apos;s Data.csv (default: a generated stand-in).</source>
        <translation>경로 수치에 100번 반복해 쓸 경로 CSV(예: ChannelAttribution의 Data.csv, 기본값: 생성한 대용 파일).</translation>
    </message>
    <message>
        <source>Run the data set and simulation benchmarks.</source>
        <translation>데이터 세트 및 시뮬레이션 벤치마크를 실행합니다.</translation>
    </message>
    <message>
        <source>--events ≥ 1000, --runs ≥ 1, --customers ≥ 1, --journeys ≥ 1, --threads ≥ 0</source>
        <translation>--events ≥ 1000, --runs ≥ 1, --customers ≥ 1, --journeys ≥ 1, --threads ≥ 0</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>%1 폴더를 만들 수 없습니다</translation>
    </message>
    <message>
        <source>can not write</source>
        <translation>쓸 수 없습니다</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>출력 형식: text 또는 json.</translation>
    </message>
    <message>
        <source>Also run the rules the project switched off.</source>
        <translation>프로젝트에서 꺼 둔 규칙도 실행합니다.</translation>
    </message>
    <message>
        <source>List the rules and exit.</source>
        <translation>규칙 목록을 표시하고 종료합니다.</translation>
    </message>
    <message>
        <source>Project file (.omnimap) to check.</source>
        <translation>점검할 프로젝트 파일(.omnimap)입니다.</translation>
    </message>
    <message>
        <source>Check a plan: consistency rules (exit 1 if any error-level finding) and checklist scores.</source>
        <translation>계획 점검: 일관성 규칙(오류 수준 발견 사항이 있으면 종료 코드 1) 및 체크리스트 점수.</translation>
    </message>
    <message>
        <source>unknown format “%1”: expected text or json</source>
        <translation>알 수 없는 형식 “%1”: text 또는 json이어야 합니다</translation>
    </message>
    <message>
        <source>check takes exactly one FILE</source>
        <translation>check에는 FILE을 정확히 하나 지정해야 합니다</translation>
    </message>
    <message>
        <source>Where to write the converted project.</source>
        <translation>변환된 프로젝트를 쓸 위치입니다.</translation>
    </message>
    <message>
        <source>Project to convert.</source>
        <translation>변환할 프로젝트입니다.</translation>
    </message>
    <message>
        <source>Load a project (migrating older format versions) and save it in the current format.</source>
        <translation>프로젝트를 불러와(이전 형식 버전은 마이그레이션) 현재 형식으로 저장합니다.</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>--out FILE이 필요합니다</translation>
    </message>
    <message>
        <source>%1 (format %2) -&gt; %3 (format %4)</source>
        <translation>%1(형식 %2) -&gt; %3(형식 %4)</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>출력 형식: text(기본값) 또는 json.</translation>
    </message>
    <message>
        <source>The older version (.omnimap).</source>
        <translation>이전 버전(.omnimap)입니다.</translation>
    </message>
    <message>
        <source>The newer version (.omnimap).</source>
        <translation>새 버전(.omnimap)입니다.</translation>
    </message>
    <message>
        <source>Show what changed from A to B: items added, removed, changed and reordered, per journey.</source>
        <translation>A에서 B로 바뀐 내용 표시: 여정별로 추가, 제거, 변경, 순서 변경된 항목.</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use text or json</source>
        <translation>알 수 없는 형식 &quot;%1&quot;입니다. text 또는 json을 사용하세요</translation>
    </message>
    <message>
        <source>expected exactly two files; see --help</source>
        <translation>파일이 정확히 두 개여야 합니다. --help를 참조하세요</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>%1 작성됨</translation>
    </message>
    <message>
        <source>Write the PDF plan.</source>
        <translation>PDF 계획을 씁니다.</translation>
    </message>
    <message>
        <source>Write the JSON plan.</source>
        <translation>JSON 계획을 씁니다.</translation>
    </message>
    <message>
        <source>Write an SVG of each journey map into DIR.</source>
        <translation>각 여정 지도의 SVG를 DIR에 씁니다.</translation>
    </message>
    <message>
        <source>Write a PNG of each journey map into DIR.</source>
        <translation>각 여정 지도의 PNG를 DIR에 씁니다.</translation>
    </message>
    <message>
        <source>PNG resolution (24 to 600).</source>
        <translation>PNG 해상도(24~600)입니다.</translation>
    </message>
    <message>
        <source>Write KPI, touchpoint and campaign tables (and, with --db, attribution) into DIR.</source>
        <translation>KPI, 접점, 캠페인 표(--db 사용 시 기여도 분석 포함)를 DIR에 씁니다.</translation>
    </message>
    <message>
        <source>CSV without the UTF-8 byte-order mark.</source>
        <translation>UTF-8 바이트 순서 표시(BOM) 없는 CSV입니다.</translation>
    </message>
    <message>
        <source>Write each journey as an OpenJourney .ojf file into DIR.</source>
        <translation>각 여정을 OpenJourney .ojf 파일로 DIR에 씁니다.</translation>
    </message>
    <message>
        <source>Only this journey (id or name).</source>
        <translation>이 여정만(ID 또는 이름) 처리합니다.</translation>
    </message>
    <message>
        <source>Report language: en or ko.</source>
        <translation>보고서 언어: en 또는 ko.</translation>
    </message>
    <message>
        <source>Project file (.omnimap).</source>
        <translation>프로젝트 파일(.omnimap)입니다.</translation>
    </message>
    <message>
        <source>no journey &quot;%1&quot;</source>
        <translation>여정 &quot;%1&quot;이(가) 없습니다</translation>
    </message>
    <message>
        <source>Project file to write (.omnimap).</source>
        <translation>쓸 프로젝트 파일(.omnimap)입니다.</translation>
    </message>
    <message>
        <source>Import every swimlane as a channel (default: lanes named like pain points, opportunities or thoughts become note lanes).</source>
        <translation>모든 스윔레인을 채널로 가져옵니다(기본값: 페인 포인트, 기회, 생각 같은 이름의 레인은 메모 레인이 됨).</translation>
    </message>
    <message>
        <source>Overwrite an existing project file.</source>
        <translation>기존 프로젝트 파일을 덮어씁니다.</translation>
    </message>
    <message>
        <source>OpenJourney file (.ojf).</source>
        <translation>OpenJourney 파일(.ojf)입니다.</translation>
    </message>
    <message>
        <source>Import an OpenJourney (.ojf) map as a new project.</source>
        <translation>OpenJourney(.ojf) 지도를 새 프로젝트로 가져옵니다.</translation>
    </message>
    <message>
        <source>need --out PROJECT.omnimap</source>
        <translation>--out PROJECT.omnimap이 필요합니다</translation>
    </message>
    <message>
        <source>exists; use --force to overwrite</source>
        <translation>이미 있습니다. 덮어쓰려면 --force를 사용하세요</translation>
    </message>
    <message>
        <source>wrote %1: %2 stages, %3 lanes, %4 touchpoints</source>
        <translation>%1 작성됨: 단계 %2개, 레인 %3개, 접점 %4개</translation>
    </message>
    <message>
        <source>Project file.</source>
        <translation>프로젝트 파일입니다.</translation>
    </message>
    <message>
        <source>Summarise a project file.</source>
        <translation>프로젝트 파일을 요약합니다.</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>프로젝트: %1</translation>
    </message>
    <message>
        <source>Format version: %1</source>
        <translation>형식 버전: %1</translation>
    </message>
    <message>
        <source>Departments: %1</source>
        <translation>부서: %1</translation>
    </message>
    <message>
        <source>Channels: %1</source>
        <translation>채널: %1</translation>
    </message>
    <message>
        <source>Personas: %1</source>
        <translation>페르소나: %1</translation>
    </message>
    <message>
        <source>Journey: %1 (%2 stages, %3 lanes, %4 touchpoints, %5 hand-offs)</source>
        <translation>여정: %1(단계 %2개, 레인 %3개, 접점 %4개, 핸드오프 %5개)</translation>
    </message>
    <message>
        <source>KPIs: %1</source>
        <translation>KPI: %1</translation>
    </message>
    <message>
        <source>Checklists: %1</source>
        <translation>체크리스트: %1</translation>
    </message>
    <message>
        <source>Campaigns: %1</source>
        <translation>캠페인: %1</translation>
    </message>
    <message>
        <source>Scenarios: %1</source>
        <translation>시나리오: %1</translation>
    </message>
    <message>
        <source>Problems: %1 (run &apos;omnimap-cli validate&apos;)</source>
        <translation>문제: %1(&apos;omnimap-cli validate&apos;를 실행하세요)</translation>
    </message>
    <message>
        <source>has unresolved merge conflicts; resolve them in Omnimap first</source>
        <translation>해결되지 않은 병합 충돌이 있습니다. 먼저 Omnimap에서 해결하세요</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Where to write the merged plan (may be OURS).</source>
        <translation>병합된 계획을 쓸 위치입니다(OURS와 같아도 됨).</translation>
    </message>
    <message>
        <source>Print conflicts only.</source>
        <translation>충돌만 출력합니다.</translation>
    </message>
    <message>
        <source>The version both copies started from.</source>
        <translation>두 사본의 공통 원본 버전입니다.</translation>
    </message>
    <message>
        <source>Our edited copy.</source>
        <translation>우리 쪽 편집본입니다.</translation>
    </message>
    <message>
        <source>Their edited copy.</source>
        <translation>상대 쪽 편집본입니다.</translation>
    </message>
    <message>
        <source>Merge two edited copies of a plan by stable ids. Exit 0: merged cleanly; 1: conflicts were written into OUT (with our values; open it in Omnimap to resolve them) or an input is invalid; 2: usage.</source>
        <translation>고정 ID를 기준으로 계획의 두 편집본을 병합합니다. 종료 코드 0: 깔끔하게 병합됨, 1: 충돌을 OUT에 기록함(우리 쪽 값 사용, Omnimap에서 열어 해결) 또는 입력이 잘못됨, 2: 사용법 오류.</translation>
    </message>
    <message>
        <source>expected BASE OURS THEIRS -o OUT; see --help</source>
        <translation>BASE OURS THEIRS -o OUT 형식이어야 합니다. --help를 참조하세요</translation>
    </message>
    <message>
        <source>conflict: %1</source>
        <translation>충돌: %1</translation>
    </message>
    <message>
        <source>base:</source>
        <translation>기준:</translation>
    </message>
    <message>
        <source>ours:</source>
        <translation>우리 쪽:</translation>
    </message>
    <message>
        <source>theirs:</source>
        <translation>상대 쪽:</translation>
    </message>
    <message>
        <source>merged cleanly into %1</source>
        <translation>%1(으)로 깔끔하게 병합했습니다</translation>
    </message>
    <message>
        <source>Data set.</source>
        <translation>데이터 세트입니다.</translation>
    </message>
    <message>
        <source>Model: %1.</source>
        <translation>모델: %1.</translation>
    </message>
    <message>
        <source>Time-decay half-life in days.</source>
        <translation>시간 감쇠 반감기(일)입니다.</translation>
    </message>
    <message>
        <source>Look-back window in days.</source>
        <translation>룩백 기간(일)입니다.</translation>
    </message>
    <message>
        <source>Output format: text, json or csv.</source>
        <translation>출력 형식: text, json 또는 csv.</translation>
    </message>
    <message>
        <source>Attribute conversions and value to channels.</source>
        <translation>전환과 가치를 채널에 기여도로 배분합니다.</translation>
    </message>
    <message>
        <source>Attribution (%1): %2 conversions, value %3</source>
        <translation>기여도 분석(%1): 전환 %2건, 가치 %3</translation>
    </message>
    <message>
        <source>Project file whose journey the sample follows.</source>
        <translation>샘플이 따를 여정이 있는 프로젝트 파일입니다.</translation>
    </message>
    <message>
        <source>Number of events (1000 to 10000000).</source>
        <translation>이벤트 수(1000~10000000)입니다.</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same data.</source>
        <translation>난수 시드입니다. 같은 시드는 같은 데이터를 생성합니다.</translation>
    </message>
    <message>
        <source>Data set to create (SQLite).</source>
        <translation>만들 데이터 세트(SQLite)입니다.</translation>
    </message>
    <message>
        <source>Journey id (default: the first).</source>
        <translation>여정 ID(기본값: 첫 번째 여정)입니다.</translation>
    </message>
    <message>
        <source>Replace an existing data set.</source>
        <translation>기존 데이터 세트를 교체합니다.</translation>
    </message>
    <message>
        <source>Generate a deterministic sample data set for a project.</source>
        <translation>프로젝트용 결정적(재현 가능한) 샘플 데이터 세트를 생성합니다.</translation>
    </message>
    <message>
        <source>--out is required; --events must be a positive count, --seed a number, --format text|json|csv</source>
        <translation>--out이 필요합니다. --events는 양의 개수, --seed는 숫자, --format text|json|csv</translation>
    </message>
    <message>
        <source>%1 already exists; use --force to replace it</source>
        <translation>%1이(가) 이미 있습니다. 교체하려면 --force를 사용하세요</translation>
    </message>
    <message>
        <source>Sample data written to %1</source>
        <translation>샘플 데이터를 %1에 썼습니다</translation>
    </message>
    <message>
        <source>Data set (created when missing).</source>
        <translation>데이터 세트(없으면 생성)입니다.</translation>
    </message>
    <message>
        <source>Event-level CSV to import.</source>
        <translation>가져올 이벤트 수준 CSV입니다.</translation>
    </message>
    <message>
        <source>Aggregated paths CSV (path, total_conversions, total_null, total_conversion_value).</source>
        <translation>집계 경로 CSV(path, total_conversions, total_null, total_conversion_value)입니다.</translation>
    </message>
    <message>
        <source>Import the good rows and record the bad ones.</source>
        <translation>올바른 행은 가져오고 잘못된 행은 기록합니다.</translation>
    </message>
    <message>
        <source>--map expects FIELD=COLUMN, got &quot;%1&quot;</source>
        <translation>--map에는 FIELD=COLUMN이 필요하지만 &quot;%1&quot;이(가) 입력되었습니다</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>해당 파일이 없습니다</translation>
    </message>
    <message>
        <source>… and %1 more problems</source>
        <translation>… 외 문제 %1건</translation>
    </message>
    <message>
        <source>Imported %1 into %2</source>
        <translation>%1을(를) %2(으)로 가져왔습니다</translation>
    </message>
    <message>
        <source>Measure the KPIs bound to the data set.</source>
        <translation>데이터 세트에 연결된 KPI를 측정합니다.</translation>
    </message>
    <message>
        <source>need --db; --format text|json|csv</source>
        <translation>--db가 필요합니다. --format text|json|csv</translation>
    </message>
    <message>
        <source>KPIs measured on %1</source>
        <translation>%1에서 측정한 KPI</translation>
    </message>
    <message>
        <source>Number of top paths.</source>
        <translation>상위 경로 수입니다.</translation>
    </message>
    <message>
        <source>Path level: channel or touchpoint.</source>
        <translation>경로 수준: channel 또는 touchpoint.</translation>
    </message>
    <message>
        <source>Only events at or after this date.</source>
        <translation>이 날짜 이후(포함)의 이벤트만 사용합니다.</translation>
    </message>
    <message>
        <source>Only events before this date.</source>
        <translation>이 날짜 이전의 이벤트만 사용합니다.</translation>
    </message>
    <message>
        <source>Event type that converts (repeatable; default purchase).</source>
        <translation>전환으로 보는 이벤트 유형(반복 가능, 기본값 purchase)입니다.</translation>
    </message>
    <message>
        <source>Project file (for --persona and the stage order).</source>
        <translation>프로젝트 파일(--persona 및 단계 순서용)입니다.</translation>
    </message>
    <message>
        <source>Only customers of this persona&apos;s segment (name or id).</source>
        <translation>이 페르소나 세그먼트의 고객만(이름 또는 ID) 사용합니다.</translation>
    </message>
    <message>
        <source>Only one part: paths, transitions, funnel or time.</source>
        <translation>한 부분만: paths, transitions, funnel 또는 time.</translation>
    </message>
    <message>
        <source>Path analysis: top paths, channel transitions, stage funnel, time to convert.</source>
        <translation>경로 분석: 상위 경로, 채널 전이, 단계 퍼널, 전환 소요 시간.</translation>
    </message>
    <message>
        <source>--%1: not a date: %2</source>
        <translation>--%1: 날짜가 아닙니다: %2</translation>
    </message>
    <message>
        <source>no persona &quot;%1&quot;</source>
        <translation>페르소나 &quot;%1&quot;이(가) 없습니다</translation>
    </message>
    <message>
        <source>Top paths: %1 journeys, %2 conversions (%3 %), %4 distinct paths</source>
        <translation>상위 경로: 여정 %1개, 전환 %2건(%3 %), 고유 경로 %4개</translation>
    </message>
    <message>
        <source>Channel transitions (count, probability)</source>
        <translation>채널 전이(횟수, 확률)</translation>
    </message>
    <message>
        <source>Stage funnel (customers)</source>
        <translation>단계 퍼널(고객 수)</translation>
    </message>
    <message>
        <source>Time to convert: mean %1 days, median %2, 90th percentile %3</source>
        <translation>전환 소요 시간: 평균 %1일, 중앙값 %2, 90번째 백분위수 %3</translation>
    </message>
    <message>
        <source>Data set to calibrate from (without it: the plan&apos;s own structure).</source>
        <translation>보정에 사용할 데이터 세트(없으면 계획 자체 구조 사용)입니다.</translation>
    </message>
    <message>
        <source>Simulated customers per persona.</source>
        <translation>페르소나당 시뮬레이션 고객 수입니다.</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>난수 시드입니다.</translation>
    </message>
    <message>
        <source>What-if scenario (name or id).</source>
        <translation>가정(what-if) 시나리오(이름 또는 ID)입니다.</translation>
    </message>
    <message>
        <source>Only this persona (name or id).</source>
        <translation>이 페르소나만(이름 또는 ID) 처리합니다.</translation>
    </message>
    <message>
        <source>Worker threads (0: all cores); results do not depend on it.</source>
        <translation>작업 스레드 수(0: 모든 코어). 결과는 스레드 수와 무관합니다.</translation>
    </message>
    <message>
        <source>Fewer journeys than this in the data: use the plan&apos;s structure.</source>
        <translation>데이터의 여정 수가 이보다 적으면 계획의 구조를 사용합니다.</translation>
    </message>
    <message>
        <source>Simulate customers per persona through the journey.</source>
        <translation>페르소나별 고객이 여정을 거치도록 시뮬레이션합니다.</translation>
    </message>
    <message>
        <source>no journey to simulate</source>
        <translation>시뮬레이션할 여정이 없습니다</translation>
    </message>
    <message>
        <source>no scenario &quot;%1&quot;</source>
        <translation>시나리오 &quot;%1&quot;이(가) 없습니다</translation>
    </message>
    <message>
        <source>Simulation of %1 customers per persona, seed %2%3</source>
        <translation>페르소나당 고객 %1명 시뮬레이션, 시드 %2%3</translation>
    </message>
    <message>
        <source>, scenario &quot;%1&quot;</source>
        <translation>, 시나리오 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Stage reach and drop-off</source>
        <translation>단계별 도달과 이탈</translation>
    </message>
    <message>
        <source>KPIs: simulated vs target (on track: met; at risk: within 10 %; off track: worse)</source>
        <translation>KPI: 시뮬레이션 대 목표(정상: 달성, 위험: 10 % 이내, 미달: 그보다 나쁨)</translation>
    </message>
    <message>
        <source>(all customers)</source>
        <translation>(전체 고객)</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>열 수 없습니다: %1</translation>
    </message>
    <message>
        <source>file is larger than %1 bytes</source>
        <translation>파일이 %1바이트보다 큽니다</translation>
    </message>
    <message>
        <source>valid JSON</source>
        <translation>올바른 JSON</translation>
    </message>
    <message>
        <source>Check JSON syntax only (exit 0 valid, 1 invalid).</source>
        <translation>JSON 구문만 점검합니다(종료 코드 0 올바름, 1 잘못됨).</translation>
    </message>
    <message>
        <source>Print problems only.</source>
        <translation>문제만 출력합니다.</translation>
    </message>
    <message>
        <source>Project files (.omnimap) to check.</source>
        <translation>점검할 프로젝트 파일(.omnimap)입니다.</translation>
    </message>
    <message>
        <source>Check project files: JSON syntax, field types and ranges, ids and references.</source>
        <translation>프로젝트 파일 점검: JSON 구문, 필드 유형과 범위, ID와 참조.</translation>
    </message>
    <message>
        <source>; order %1 (%2), %3 states, P(conversion) %4</source>
        <translation>; 차수 %1(%2), 상태 %3개, P(전환) %4</translation>
    </message>
    <message>
        <source>repeats collapsed</source>
        <translation>반복 접점 한 번으로 계산</translation>
    </message>
    <message>
        <source>every touch counted</source>
        <translation>모든 접점 계산</translation>
    </message>
    <message>
        <source>; 90 % intervals from %1 bootstrap replicates (seed %2)</source>
        <translation>; 부트스트랩 반복 %1회의 90 % 구간(시드 %2)</translation>
    </message>
    <message>
        <source>Order choice: %1-fold cross-validation over %2 journeys; held-out log-likelihood per journey (higher is better)</source>
        <translation>차수 선택: 여정 %2개에 대한 %1겹 교차 검증, 여정당 검증 로그 우도(높을수록 좋음)</translation>
    </message>
    <message>
        <source>Order %1 has the highest held-out log-likelihood.</source>
        <translation>차수 %1의 검증 로그 우도가 가장 높습니다.</translation>
    </message>
    <message>
        <source>No two channels&apos; 90 % intervals overlap.</source>
        <translation>90 % 구간이 겹치는 채널이 없습니다.</translation>
    </message>
    <message>
        <source>Indistinguishable (their 90 % intervals overlap):</source>
        <translation>구별할 수 없음(90 % 구간이 겹침):</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Markov order, 1 to 4, or auto (chosen by 5-fold cross-validation).</source>
        <translation>마르코프 차수: 1~4 또는 auto(5겹 교차 검증으로 선택).</translation>
    </message>
    <message>
        <source>Markov: count consecutive repeats of a channel once (the older variant).</source>
        <translation>마르코프: 같은 채널의 연속 반복을 한 번으로 계산합니다(이전 방식).</translation>
    </message>
    <message>
        <source>Bootstrap replicates for the 90 % intervals (0: none).</source>
        <translation>90 % 구간을 위한 부트스트랩 반복 횟수(0: 없음).</translation>
    </message>
    <message>
        <source>Seed of the bootstrap and the cross-validation folds.</source>
        <translation>부트스트랩과 교차 검증 분할의 시드.</translation>
    </message>
    <message>
        <source>Export a plan: PDF report, web page, JSON plan, SVG/PNG maps, CSV tables, OpenJourney</source>
        <translation>계획 내보내기: PDF 보고서, 웹 페이지, JSON 계획, SVG/PNG 지도, CSV 표, OpenJourney</translation>
    </message>
    <message>
        <source>Write the plan as one self-contained web page.</source>
        <translation>계획을 자체 완결형 웹 페이지 하나로 씁니다.</translation>
    </message>
    <message>
        <source>Paper: a4, a3, a2, letter or tabloid.</source>
        <translation>용지: a4, a3, a2, letter, tabloid.</translation>
    </message>
    <message>
        <source>Map pages: auto (turn with the map), portrait or landscape.</source>
        <translation>지도 페이지: auto(지도 모양에 맞춤), portrait(세로), landscape(가로).</translation>
    </message>
    <message>
        <source>Map pages: auto (one page when the card text stays at 7 pt or more, readable tiles otherwise), overview (one page however small) or poster (one large page).</source>
        <translation>지도 페이지: auto(카드 글자가 7pt 이상이면 한 페이지, 아니면 읽기 좋은 여러 장), overview(작아지더라도 한 페이지), poster(큰 페이지 한 장).</translation>
    </message>
    <message>
        <source>Export a plan: PDF, web page, JSON plan, SVG/PNG maps, CSV tables, OpenJourney.</source>
        <translation>계획 내보내기: PDF, 웹 페이지, JSON 계획, SVG/PNG 지도, CSV 표, OpenJourney.</translation>
    </message>
    <message>
        <source>Show the SQL sent to a warehouse and the server&apos;s plan for it</source>
        <translation>웨어하우스에 보내는 SQL과 서버의 실행 계획 표시</translation>
    </message>
    <message>
        <source>Benchmark the feedback import, measured curve and phrases</source>
        <translation>피드백 가져오기, 측정 곡선, 구절 계산의 성능 측정</translation>
    </message>
    <message>
        <source>Customer feedback per stage, touchpoint or channel: scores, measured emotion, phrases</source>
        <translation>단계·터치포인트·채널별 고객 피드백: 점수, 측정된 감정, 구절</translation>
    </message>
    <message>
        <source>Import events, aggregated paths or feedback from CSV into a data set</source>
        <translation>CSV의 이벤트, 집계 경로 또는 피드백을 데이터 세트로 가져오기</translation>
    </message>
    <message>
        <source>Read an experiment (A/B test) on a data set</source>
        <translation>데이터 세트에서 실험(A/B 테스트) 결과 읽기</translation>
    </message>
    <message>
        <source>Data set whose customers carry the attribute &quot;variant&quot;.</source>
        <translation>고객에게 &quot;variant&quot; 속성이 있는 데이터 세트입니다.</translation>
    </message>
    <message>
        <source>Experiment name or id (default: the plan&apos;s only one).</source>
        <translation>실험 이름 또는 ID(기본값: 계획의 유일한 실험).</translation>
    </message>
    <message>
        <source>Read an experiment (A/B test) of the plan on a data set.</source>
        <translation>데이터 세트에서 계획의 실험(A/B 테스트) 결과를 읽습니다.</translation>
    </message>
    <message>
        <source>%1: no such data set</source>
        <translation>%1: 데이터 세트가 없습니다</translation>
    </message>
    <message>
        <source>Experiment whose variants customers get (default: the journey&apos;s only one).</source>
        <translation>고객에게 변형을 배정할 실험(기본값: 여정의 유일한 실험).</translation>
    </message>
    <message>
        <source>Plant a known effect: VARIANT=+0.02 raises that variant&apos;s conversion after exposure by 2 points (repeatable).</source>
        <translation>알려진 효과를 심습니다: VARIANT=+0.02는 그 변형의 노출 후 전환율을 2 %p 높입니다(여러 번 지정 가능).</translation>
    </message>
    <message>
        <source>--effect wants VARIANT=CHANGE with a change between -1 and 1, e.g. B=+0.02</source>
        <translation>--effect는 -1과 1 사이의 변화로 VARIANT=CHANGE 형식이어야 합니다. 예: B=+0.02</translation>
    </message>
    <message>
        <source>No KPI of the plan is bound to the data set.</source>
        <translation>계획의 KPI 중 데이터 세트에 연결된 것이 없습니다.</translation>
    </message>
    <message>
        <source>the data set has no events.</source>
        <translation>데이터 세트에 이벤트가 없습니다.</translation>
    </message>
    <message>
        <source>KPIs per %1 measured on %2</source>
        <translation>%2에서 %1 단위로 측정한 KPI</translation>
    </message>
    <message>
        <source>Measure per period over the data set&apos;s range: day, week (ISO, Monday start) or month, in UTC.</source>
        <translation>데이터 세트의 기간 전체를 기간별로 측정합니다: day(일), week(ISO 주, 월요일 시작) 또는 month(월), UTC 기준.</translation>
    </message>
    <message>
        <source>--by day|week|month, and not with --out</source>
        <translation>--by day|week|month 중 하나를 쓰고, --out과 함께 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>Benchmark reading an experiment (A/B test) on a data set</source>
        <translation>데이터 세트에서 실험(A/B 테스트) 읽기 벤치마크</translation>
    </message>
    <message>
        <source>Write the generated CSVs and data sets into this existing folder and keep them (to time another build&apos;s import on the same files).</source>
        <translation>생성한 CSV와 데이터 세트를 이 기존 폴더에 쓰고 남겨 둡니다(다른 빌드의 가져오기를 같은 파일로 측정할 때).</translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation>해당 폴더가 없습니다</translation>
    </message>
    <message>
        <source>Data set whose customer feedback is checked against the plan.</source>
        <translation>고객 피드백을 계획과 비교해 검사할 데이터 세트입니다.</translation>
    </message>
    <message>
        <source>Data set (SQLite) with the events.</source>
        <translation>이벤트가 있는 데이터 세트(SQLite).</translation>
    </message>
    <message>
        <source>Campaign name or id.</source>
        <translation>캠페인 이름 또는 ID.</translation>
    </message>
    <message>
        <source>Compare with this channel (name or id), which the campaign must not touch.</source>
        <translation>이 채널(이름 또는 ID)과 비교합니다. 캠페인이 사용하지 않는 채널이어야 합니다.</translation>
    </message>
    <message>
        <source>Compare with this persona&apos;s segment (name or id), which the campaign must not target.</source>
        <translation>이 페르소나(이름 또는 ID)의 세그먼트와 비교합니다. 캠페인의 대상이 아니어야 합니다.</translation>
    </message>
    <message>
        <source>Ignore the comparison stored with the campaign.</source>
        <translation>캠페인에 저장된 비교 대상을 무시합니다.</translation>
    </message>
    <message>
        <source>Compare a campaign&apos;s KPIs with the same-length period before it.</source>
        <translation>캠페인의 KPI를 직전의 같은 길이 기간과 비교합니다.</translation>
    </message>
    <message>
        <source>need --db and --campaign; at most one of --compare-channel, --compare-segment, --no-compare; --format text|json|csv</source>
        <translation>--db와 --campaign이 필요합니다. --compare-channel, --compare-segment, --no-compare 중 하나까지만 쓸 수 있습니다. --format text|json|csv</translation>
    </message>
    <message>
        <source>A campaign&apos;s KPIs before and during it, with difference-in-differences</source>
        <translation>캠페인 전과 캠페인 기간의 KPI, 이중차분 포함</translation>
    </message>
    <message>
        <source>No KPI was measured: nothing to record; the plan is unchanged.</source>
        <translation>측정된 KPI가 없어 기록할 것이 없습니다. 계획은 바뀌지 않았습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n value(s) into %1.</source>
        <translation>
            <numerusform>값 %n개를 %1에 기록했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the project with the measured values as KPI actuals (with --record: where to save the plan; default PROJECT itself).</source>
        <translation>측정한 값을 KPI 실제값으로 넣어 프로젝트를 저장합니다(--record와 함께: 계획을 저장할 곳, 기본은 PROJECT 자체).</translation>
    </message>
    <message>
        <source>Record the measured values into the KPIs&apos; history in the plan (with --by: each KPI&apos;s last complete period).</source>
        <translation>측정한 값을 계획의 KPI 측정 기록에 저장합니다(--by와 함께: KPI마다 마지막 완전한 기간).</translation>
    </message>
    <message>
        <source>With --record: the note stored with every recorded value.</source>
        <translation>--record와 함께: 기록하는 모든 값에 붙는 메모.</translation>
    </message>
    <message>
        <source>With --record: the date the values describe (default: the data set&apos;s last day).</source>
        <translation>--record와 함께: 값이 가리키는 날짜(기본: 데이터 세트의 마지막 날).</translation>
    </message>
    <message>
        <source>--date YYYY-MM-DD goes with --record (and not with --by, whose periods have their own dates)</source>
        <translation>--date YYYY-MM-DD는 --record와 함께 씁니다(--by와는 함께 쓰지 않습니다. 기간마다 날짜가 있습니다)</translation>
    </message>
    <message>
        <source>--note goes with --record</source>
        <translation>--note는 --record와 함께 씁니다</translation>
    </message>
    <message>
        <source>give --date YYYY-MM-DD: the date the recorded values describe is not known for this source.</source>
        <translation>--date YYYY-MM-DD를 지정하십시오: 이 원본에서는 기록할 값이 가리키는 날짜를 알 수 없습니다.</translation>
    </message>
    <message>
        <source>Data set for the attribution table (--csv), the PDF report&apos;s attribution and feedback sections (--pdf) and the JSON plan&apos;s feedback (--json).</source>
        <translation>기여도 표(--csv), PDF 보고서의 기여도·피드백 섹션(--pdf), JSON 계획의 피드백(--json)에 쓸 데이터 세트.</translation>
    </message>
    <message>
        <source>need at least one of --pdf --html --json --svg --png --csv --ojf; --dpi 24..600; --paper a4|a3|a2|letter|tabloid; --orientation auto|portrait|landscape; --map auto|overview|poster; --lang en|ko; --db only with --csv, --pdf or --json</source>
        <translation>--pdf --html --json --svg --png --csv --ojf 중 하나 이상이 필요합니다; --dpi 24..600; --paper a4|a3|a2|letter|tabloid; --orientation auto|portrait|landscape; --map auto|overview|poster; --lang en|ko; --db는 --csv, --pdf 또는 --json과 함께만</translation>
    </message>
    <message>
        <source>Warehouse instead of --db: postgres://… or clickhouse://user@host:8123/database?table=…</source>
        <translation>--db 대신 웨어하우스: postgres://… 또는 clickhouse://user@host:8123/database?table=…</translation>
    </message>
    <message>
        <source>need --db or --source; --format text|json|csv</source>
        <translation>--db 또는 --source가 필요합니다. --format text|json|csv</translation>
    </message>
    <message>
        <source>Project whose first journey the data follows.</source>
        <translation>데이터가 따르는 첫 여정이 있는 프로젝트.</translation>
    </message>
    <message>
        <source>Benchmark reading an experiment (A/B test) on a data set.</source>
        <translation>데이터 세트에서 실험(A/B 테스트) 읽기를 벤치마크합니다.</translation>
    </message>
    <message>
        <source>--events 1000..100000000, --runs 1..20</source>
        <translation>--events 1000..100000000, --runs 1..20</translation>
    </message>
    <message>
        <source>the project needs a journey with touchpoints</source>
        <translation>프로젝트에 터치포인트가 있는 여정이 필요합니다</translation>
    </message>
    <message>
        <source>Column for a field, e.g. customer=user_id (repeatable). Fields: %1, attr:NAME; with --feedback: %2.</source>
        <translation>필드에 쓸 열, 예: customer=user_id (반복 가능). 필드: %1, attr:NAME; --feedback일 때: %2.</translation>
    </message>
    <message>
        <source>Feedback CSV (ts, kind, score, text, touchpoint and/or stage, customer, channel, source).</source>
        <translation>피드백 CSV (ts, kind, score, text, touchpoint 및/또는 stage, customer, channel, source).</translation>
    </message>
    <message>
        <source>With --feedback: reject rows naming a touchpoint or stage this project does not have.</source>
        <translation>--feedback과 함께: 이 프로젝트에 없는 터치포인트나 단계를 가리키는 행을 거부합니다.</translation>
    </message>
    <message>
        <source>Import events, aggregated paths or feedback into a data set, all rows or none.</source>
        <translation>이벤트, 집계 경로 또는 피드백을 데이터 세트로 가져옵니다. 모든 행 또는 아무것도 가져오지 않습니다.</translation>
    </message>
    <message>
        <source>need --db and exactly one of --events, --paths or --feedback (--project only with --feedback); --format text|json|csv</source>
        <translation>--db와 --events, --paths, --feedback 중 하나만 필요합니다(--project는 --feedback과 함께만); --format text|json|csv</translation>
    </message>
    <message>
        <source>Warehouse instead of --db: postgres://user@host:port/database?table=… or clickhouse://user@host:8123/database?table=… (password from PGPASSWORD / CLICKHOUSE_PASSWORD or asked).</source>
        <translation>--db 대신 웨어하우스: postgres://user@host:port/database?table=… 또는 clickhouse://user@host:8123/database?table=…(비밀번호는 PGPASSWORD / CLICKHOUSE_PASSWORD 또는 입력).</translation>
    </message>
    <message>
        <source>need --db or --source; --top and --lookback positive numbers; --level channel|touchpoint; --section paths|transitions|funnel|time; --persona needs --project; --format text|json|csv</source>
        <translation>--db 또는 --source가 필요합니다. --top과 --lookback은 양수, --level channel|touchpoint, --section paths|transitions|funnel|time, --persona는 --project 필요, --format text|json|csv</translation>
    </message>
    <message>
        <source>Project whose first journey names the stages and touchpoints.</source>
        <translation>첫 여정이 단계와 터치포인트 이름을 정하는 프로젝트.</translation>
    </message>
    <message>
        <source>Feedback rows.</source>
        <translation>피드백 행 수.</translation>
    </message>
    <message>
        <source>Benchmark the feedback import, measured curve and phrases.</source>
        <translation>피드백 가져오기, 측정 곡선, 구절 계산의 성능을 잽니다.</translation>
    </message>
    <message>
        <source>--rows 1..100000000, --runs 1..20</source>
        <translation>--rows 1..100000000, --runs 1..20</translation>
    </message>
    <message>
        <source>could not prepare the benchmark data set</source>
        <translation>벤치마크 데이터 세트를 준비하지 못했습니다</translation>
    </message>
    <message>
        <source>the import failed: %1</source>
        <translation>가져오기에 실패했습니다: %1</translation>
    </message>
    <message>
        <source>Warehouse: postgres://… or clickhouse://user@host:8123/database?table=…</source>
        <translation>웨어하우스: postgres://… 또는 clickhouse://user@host:8123/database?table=…</translation>
    </message>
    <message>
        <source>Run the queries (EXPLAIN ANALYZE) to show real row counts.</source>
        <translation>쿼리를 실행해(EXPLAIN ANALYZE) 실제 행 수를 보여 줍니다.</translation>
    </message>
    <message>
        <source>Show the push-down SQL and the warehouse&apos;s plan for each query.</source>
        <translation>각 쿼리의 푸시다운 SQL과 웨어하우스의 실행 계획을 보여 줍니다.</translation>
    </message>
    <message>
        <source>need --source postgres://… or clickhouse://…</source>
        <translation>--source postgres://… 또는 clickhouse://…가 필요합니다</translation>
    </message>
    <message>
        <source>Journeys: paths at both levels and time to convert</source>
        <translation>여정: 두 수준의 경로와 전환 소요 시간</translation>
    </message>
    <message>
        <source>Funnel: customers per stage</source>
        <translation>퍼널: 단계별 고객 수</translation>
    </message>
    <message>
        <source>Time-decay attribution credits</source>
        <translation>시간 감쇠 기여도</translation>
    </message>
    <message>
        <source>Simulation chain: cells and transitions</source>
        <translation>시뮬레이션 체인: 셀과 전이</translation>
    </message>
    <message>
        <source>Simulation chain: event types per cell</source>
        <translation>시뮬레이션 체인: 셀별 이벤트 유형</translation>
    </message>
    <message>
        <source>KPI counts</source>
        <translation>KPI 집계</translation>
    </message>
    <message>
        <source>Warehouse to calibrate from instead of --db: postgres://… or clickhouse://user@host:8123/database?table=…</source>
        <translation>--db 대신 보정에 쓸 웨어하우스: postgres://… 또는 clickhouse://user@host:8123/database?table=…</translation>
    </message>
    <message>
        <source>--db or --source, not both; --customers must be a positive count, --seed a number, --threads ≥ 0; --format text|json|csv</source>
        <translation>--db와 --source 중 하나만 씁니다. --customers는 양의 개수, --seed는 숫자, --threads ≥ 0, --format text|json|csv</translation>
    </message>
    <message>
        <source>Password for %1@%2: </source>
        <translation>%1@%2의 비밀번호: </translation>
    </message>
    <message>
        <source>Project file whose journey the feedback is placed on.</source>
        <translation>피드백을 놓을 여정이 있는 프로젝트 파일.</translation>
    </message>
    <message>
        <source>Group scores by stage, touchpoint or channel.</source>
        <translation>점수를 단계, 터치포인트 또는 채널별로 묶습니다.</translation>
    </message>
    <message>
        <source>Fewest scores for a measured point to be shown.</source>
        <translation>측정 지점을 표시하는 데 필요한 최소 점수 개수.</translation>
    </message>
    <message>
        <source>Phrases of low-score feedback listed per group.</source>
        <translation>그룹마다 나열할 낮은 점수 피드백의 구절 수.</translation>
    </message>
    <message>
        <source>Customer feedback: scores, the measured emotion curve, phrases of low scores, detractor paths.</source>
        <translation>고객 피드백: 점수, 측정된 감정 곡선, 낮은 점수의 구절, 비추천 고객의 경로.</translation>
    </message>
    <message>
        <source>need --db; --by stage|touchpoint|channel; --min-n a positive and --phrases a non-negative count; --format text|json|csv</source>
        <translation>--db가 필요합니다; --by stage|touchpoint|channel; --min-n은 양수, --phrases는 0 이상의 개수; --format text|json|csv</translation>
    </message>
    <message>
        <source>the project has no journey &quot;%1&quot;</source>
        <translation>프로젝트에 여정 &quot;%1&quot;이(가) 없습니다</translation>
    </message>
    <message>
        <source>Feedback by %1</source>
        <translation>%1별 피드백</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>Measured emotion on %1 (minimum n %2)</source>
        <translation>%1의 측정된 감정 (최소 n %2)</translation>
    </message>
    <message>
        <source>Phrases of low-score feedback by %1</source>
        <translation>%1별 낮은 점수 피드백의 구절</translation>
    </message>
    <message>
        <source>Paths followed by a low score</source>
        <translation>낮은 점수로 이어진 경로</translation>
    </message>
    <message>
        <source>events (journeys built from events) or paths (imported aggregated paths); default: events if there are any. Or a warehouse: postgres://user@host:port/database?table=… or clickhouse://user@host:8123/database?table=… instead of --db.</source>
        <translation>events(이벤트로 구성한 여정) 또는 paths(가져온 집계 경로). 기본값: 이벤트가 있으면 events. 또는 --db 대신 웨어하우스: postgres://user@host:port/database?table=… 또는 clickhouse://user@host:8123/database?table=…</translation>
    </message>
    <message>
        <source>need --db or --source postgres://…; --model %1; --order 1..4 or auto; --bootstrap 0..%2; --seed a whole number; --half-life and --lookback positive; --source events|paths|postgres://…; --format text|json|csv</source>
        <translation>--db 또는 --source postgres://…가 필요합니다. --model %1, --order 1..4 또는 auto, --bootstrap 0..%2, --seed는 정수, --half-life와 --lookback은 양수, --source events|paths|postgres://…, --format text|json|csv</translation>
    </message>
</context>
<context>
    <name>omnimap</name>
    <message>
        <source>The plan has no experiment. Add one to a touchpoint or a hand-off first.</source>
        <translation>계획에 실험이 없습니다. 먼저 터치포인트나 전환에 실험을 추가하십시오.</translation>
    </message>
    <message>
        <source>The plan has %1 experiments; name one: %2</source>
        <translation>계획에 실험이 %1개 있습니다. 하나를 지정하십시오: %2</translation>
    </message>
    <message>
        <source>No experiment is named &quot;%1&quot;.</source>
        <translation>&quot;%1&quot;(이)라는 실험이 없습니다.</translation>
    </message>
    <message>
        <source>An experiment needs at least two variants.</source>
        <translation>실험에는 변형이 둘 이상 필요합니다.</translation>
    </message>
    <message>
        <source>Every variant needs a label (the value of the customers&apos; &quot;variant&quot; attribute).</source>
        <translation>모든 변형에 레이블(고객의 &quot;variant&quot; 속성 값)이 필요합니다.</translation>
    </message>
    <message>
        <source>Two variants are labelled &quot;%1&quot;.</source>
        <translation>두 변형의 레이블이 &quot;%1&quot;(으)로 같습니다.</translation>
    </message>
    <message>
        <source>Variant &quot;%1&quot; gets no traffic.</source>
        <translation>변형 &quot;%1&quot;에 배정된 트래픽이 없습니다.</translation>
    </message>
    <message>
        <source>The traffic split adds up to %1 %, not 100 %.</source>
        <translation>트래픽 비율의 합이 100 %가 아니라 %1 %입니다.</translation>
    </message>
    <message>
        <source>Choose the primary KPI that decides the test.</source>
        <translation>테스트를 판정할 주 KPI를 선택하십시오.</translation>
    </message>
    <message>
        <source>The primary KPI &quot;%1&quot; has no data binding, so conversions can not be counted.</source>
        <translation>주 KPI &quot;%1&quot;에 데이터 바인딩이 없어 전환을 셀 수 없습니다.</translation>
    </message>
    <message>
        <source>The minimum detectable effect must be a change of the rate between 0 and 1 (0.02 = 2 points).</source>
        <translation>최소 검출 효과는 0과 1 사이의 비율 변화여야 합니다(0.02 = 2 %p).</translation>
    </message>
    <message>
        <source>α and power must be between 0 and 1.</source>
        <translation>α와 검정력은 0과 1 사이여야 합니다.</translation>
    </message>
    <message>
        <source>The start date &quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>시작일 &quot;%1&quot;은(는) 날짜(YYYY-MM-DD)가 아닙니다.</translation>
    </message>
    <message>
        <source>The end date &quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>종료일 &quot;%1&quot;은(는) 날짜(YYYY-MM-DD)가 아닙니다.</translation>
    </message>
    <message>
        <source>The experiment ends before it starts.</source>
        <translation>실험이 시작하기 전에 끝납니다.</translation>
    </message>
</context>
<context>
    <name>omnimap::AboutDialog</name>
    <message>
        <source>About Omnimap</source>
        <translation>Omnimap 정보</translation>
    </message>
    <message>
        <source>&amp;Copy Version Info</source>
        <translation>버전 정보 복사(&amp;C)</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>버전 %1</translation>
    </message>
    <message>
        <source>Plan omnichannel customer journeys and campaigns, and check them against your own customer data — offline, on your own machine.</source>
        <translation>옴니채널 고객 여정과 캠페인을 계획하고, 자체 고객 데이터로 점검하세요 — 오프라인으로, 내 컴퓨터에서.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2 · %3</source>
        <translation>Qt %1(으)로 빌드됨, Qt %2 · %3에서 실행 중</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>사용자 가이드</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>웹 사이트</translation>
    </message>
    <message>
        <source>Omnimap is built on the work of others, used under these licences:</source>
        <translation>Omnimap은 다른 이들의 작업을 바탕으로 하며, 다음 라이선스에 따라 사용합니다:</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>라이선스</translation>
    </message>
    <message>
        <source>Free software: use, copy, change and share it under the MIT licence.</source>
        <translation>자유 소프트웨어입니다. MIT 라이선스에 따라 사용·복제·수정·배포할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>omnimap::Appearance</name>
    <message>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>고대비</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>시스템 기본값</translation>
    </message>
</context>
<context>
    <name>omnimap::AppearanceMenu</name>
    <message>
        <source>Language changed. Some panels update after a restart.</source>
        <translation>언어가 변경되었습니다. 일부 패널은 다시 시작한 후 바뀝니다.</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>모양(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>환경 설정(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>omnimap::Application</name>
    <message>
        <source>Plan omnichannel customer journeys and campaigns.</source>
        <translation>옴니채널 고객 여정과 캠페인을 계획합니다.</translation>
    </message>
    <message>
        <source>Project files to open.</source>
        <translation>열 프로젝트 파일입니다.</translation>
    </message>
    <message>
        <source>Open a bundled sample project (e.g. cafe).</source>
        <translation>번들 샘플 프로젝트를 엽니다(예: cafe).</translation>
    </message>
    <message>
        <source>Open a data set (.sqlite) with the plan, for the dashboard and scenarios.</source>
        <translation>계획과 함께 데이터 세트(.sqlite)를 엽니다 (대시보드와 시나리오용).</translation>
    </message>
</context>
<context>
    <name>omnimap::Avatar</name>
    <message>
        <source>the picture is larger than %1 × %1 pixels or its size cannot be read</source>
        <translation>사진이 %1 × %1 픽셀보다 크거나 크기를 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>%1 is not a picture file</source>
        <translation>%1은(는) 사진 파일이 아닙니다</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is not a picture file of at most 32 MB</source>
        <translation>%1은(는) 32 MB 이하의 사진 파일이 아닙니다</translation>
    </message>
    <message>
        <source>%1 is not a PNG or JPEG picture</source>
        <translation>%1은(는) PNG 또는 JPEG 사진이 아닙니다</translation>
    </message>
    <message>
        <source>cannot read the picture %1: %2</source>
        <translation>사진 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>the picture is too large to embed</source>
        <translation>사진이 너무 커서 프로젝트에 넣을 수 없습니다</translation>
    </message>
</context>
<context>
    <name>omnimap::BrandDialog</name>
    <message>
        <source>Brand colour</source>
        <translation>브랜드 색</translation>
    </message>
    <message>
        <source>Edit brand</source>
        <translation>브랜드 편집</translation>
    </message>
</context>
<context>
    <name>omnimap::CampaignEffectView</name>
    <message>
        <source>%1 pts</source>
        <translation>%1%p</translation>
    </message>
    <message>
        <source>Two proportions (Newcombe)</source>
        <translation>두 비율(Newcombe)</translation>
    </message>
    <message>
        <source>Rate (Poisson)</source>
        <translation>비율(포아송)</translation>
    </message>
    <message>
        <source>Count (Poisson)</source>
        <translation>건수(포아송)</translation>
    </message>
    <message>
        <source>&amp;Compute</source>
        <translation>계산(&amp;C)</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>비교 대상</translation>
    </message>
    <message>
        <source>Compare &amp;with:</source>
        <translation>비교 대상(&amp;W):</translation>
    </message>
    <message>
        <source>Cancelled: nothing was computed.</source>
        <translation>취소됨: 아무것도 계산하지 않았습니다.</translation>
    </message>
    <message>
        <source>The plan has no campaign: add one with New campaign.</source>
        <translation>계획에 캠페인이 없습니다: 새 캠페인으로 추가하세요.</translation>
    </message>
    <message>
        <source>Compute compares the campaign&apos;s KPIs with the same number of days before it.</source>
        <translation>계산을 누르면 캠페인의 KPI를 직전의 같은 일수와 비교합니다.</translation>
    </message>
    <message>
        <source>Nothing (before and after only)</source>
        <translation>없음(전후 비교만)</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>채널: %1</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>세그먼트: %1</translation>
    </message>
    <message>
        <source>%1 (touched by the campaign)</source>
        <translation>%1(캠페인이 사용함)</translation>
    </message>
    <message>
        <source>Change campaign comparison</source>
        <translation>캠페인 비교 대상 변경</translation>
    </message>
    <message>
        <source>No data set is open: open or import one (Data ▸ Open Data Set…) to measure the campaign&apos;s KPIs.</source>
        <translation>열린 데이터 세트가 없습니다: 캠페인의 KPI를 측정하려면 데이터 세트를 열거나 가져오세요(데이터 ▸ 데이터 세트 열기…).</translation>
    </message>
    <message>
        <source>The campaign effect is computed on a local data set, not on a warehouse.</source>
        <translation>캠페인 효과는 웨어하우스가 아닌 로컬 데이터 세트에서 계산합니다.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>계산 중…</translation>
    </message>
    <message>
        <source>Difference-in-differences: treated (%1) against %2.</source>
        <translation>이중차분: 처치 집단(%1) 대비 %2.</translation>
    </message>
    <message>
        <source>Intervals are 95 %; * marks a difference whose interval excludes zero.</source>
        <translation>구간은 95 %입니다. *는 구간이 0을 포함하지 않는 차이입니다.</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>During</source>
        <translation>기간 중</translation>
    </message>
    <message>
        <source>Difference (95 % interval)</source>
        <translation>차이(95 % 구간)</translation>
    </message>
    <message>
        <source>Treated change</source>
        <translation>처치 집단 변화</translation>
    </message>
    <message>
        <source>Comparison change</source>
        <translation>비교 집단 변화</translation>
    </message>
    <message>
        <source>Difference-in-differences (95 % interval)</source>
        <translation>이중차분(95 % 구간)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>방법</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>효과</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 (%n day(s)) against %3 to %4: %5 events during, %6 before.</source>
        <translation>
            <numerusform>%1부터 %2까지(%n일)를 %3부터 %4까지와 비교: 기간 중 이벤트 %5건, 이전 %6건.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omnimap::CampaignTimeline</name>
    <message>
        <source>Campaign</source>
        <translation>캠페인</translation>
    </message>
    <message>
        <source>&amp;New campaign</source>
        <translation>새 캠페인(&amp;N)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>캠페인:</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>이름(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>목표(&amp;O):</translation>
    </message>
    <message>
        <source>Journey:</source>
        <translation>여정:</translation>
    </message>
    <message>
        <source>&amp;Persona:</source>
        <translation>페르소나(&amp;P):</translation>
    </message>
    <message>
        <source>to</source>
        <translation>~</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>기간(&amp;D):</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>접점</translation>
    </message>
    <message>
        <source>Add &amp;action</source>
        <translation>실행 항목 추가(&amp;A)</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>실행 항목 제거</translation>
    </message>
    <message>
        <source>Action title</source>
        <translation>실행 항목 제목</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>프로모션</translation>
    </message>
    <message>
        <source>On touchpoint:</source>
        <translation>대상 접점:</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>비용:</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>채널</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>예산</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>계획</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>잔여</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Rename campaign</source>
        <translation>캠페인 이름 변경</translation>
    </message>
    <message>
        <source>Change objective</source>
        <translation>목표 변경</translation>
    </message>
    <message>
        <source>Change target persona</source>
        <translation>타깃 페르소나 변경</translation>
    </message>
    <message>
        <source>Change campaign journey</source>
        <translation>캠페인 여정 변경</translation>
    </message>
    <message>
        <source>Change campaign start</source>
        <translation>캠페인 시작일 변경</translation>
    </message>
    <message>
        <source>Change campaign end</source>
        <translation>캠페인 종료일 변경</translation>
    </message>
    <message>
        <source>Rename action</source>
        <translation>실행 항목 이름 변경</translation>
    </message>
    <message>
        <source>Change action cost</source>
        <translation>실행 항목 비용 변경</translation>
    </message>
    <message>
        <source>Change action promotion</source>
        <translation>실행 항목 프로모션 변경</translation>
    </message>
    <message>
        <source>Change channel budget</source>
        <translation>채널 예산 변경</translation>
    </message>
    <message>
        <source>(everyone)</source>
        <translation>(전체)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>⚠ Over budget</source>
        <translation>⚠ 예산 초과</translation>
    </message>
    <message>
        <source>✔ Within budget</source>
        <translation>✔ 예산 이내</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>✔ No campaign warnings</source>
        <translation>✔ 캠페인 경고 없음</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>새 캠페인</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>실행 항목 추가</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>담당:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>통화(&amp;U):</translation>
    </message>
    <message>
        <source>Change campaign currency</source>
        <translation>캠페인 통화 변경</translation>
    </message>
    <message>
        <source>Change campaign owner</source>
        <translation>캠페인 담당 부서 변경</translation>
    </message>
    <message>
        <source>Plan&apos;s (%1)</source>
        <translation>플랜 통화 (%1)</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>경고</translation>
    </message>
</context>
<context>
    <name>omnimap::ChecklistEditor</name>
    <message>
        <source>Checklist</source>
        <translation>체크리스트</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>템플릿</translation>
    </message>
    <message>
        <source>&amp;Apply to journey channels</source>
        <translation>여정 채널에 적용(&amp;A)</translation>
    </message>
    <message>
        <source>Save as &amp;template</source>
        <translation>템플릿으로 저장(&amp;T)</translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation>체크리스트:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>템플릿:</translation>
    </message>
    <message>
        <source>Link to a screenshot or page</source>
        <translation>스크린샷 또는 페이지 링크</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>메모(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>근거 자료(&amp;E):</translation>
    </message>
    <message>
        <source>Re&amp;viewer:</source>
        <translation>검토자(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>날짜(&amp;D):</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>%1 (yours)</source>
        <translation>%1(내 항목)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2</source>
        <translation>%2의 &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Select a channel cell: P pass, F fail, N not applicable, U unchecked.</source>
        <translation>채널 셀을 선택하세요: P 통과, F 실패, N 해당 없음, U 미점검.</translation>
    </message>
    <message>
        <source>No checklist yet: pick a template and apply it to the journey&apos;s channels.</source>
        <translation>아직 체크리스트가 없습니다. 템플릿을 골라 여정의 채널에 적용하세요.</translation>
    </message>
    <message>
        <source>Score %1 · %2 passed, %3 failed, %4 not applicable, %5 unchecked</source>
        <translation>점수 %1 · 통과 %2, 실패 %3, 해당 없음 %4, 미점검 %5</translation>
    </message>
    <message>
        <source>Checklist &amp;name:</source>
        <translation>체크리스트 이름(&amp;N):</translation>
    </message>
    <message>
        <source>Apply checklist “%1”</source>
        <translation>체크리스트 “%1” 적용</translation>
    </message>
</context>
<context>
    <name>omnimap::ChecklistHeatMap</name>
    <message>
        <source>Checklist heat map</source>
        <translation>체크리스트 히트맵</translation>
    </message>
    <message>
        <source>%1✔ %2✘</source>
        <translation>%1✔ %2✘</translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>미점검 %1</translation>
    </message>
    <message>
        <source>Apply a checklist to channels to see the heat map.</source>
        <translation>히트맵을 보려면 채널에 체크리스트를 적용하세요.</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>전체 채널</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>종합</translation>
    </message>
</context>
<context>
    <name>omnimap::ChecklistResultModel</name>
    <message>
        <source>Pass</source>
        <translation>통과</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>해당 없음</translation>
    </message>
    <message>
        <source>Unchecked</source>
        <translation>미점검</translation>
    </message>
    <message>
        <source>Must hold identically on every channel (promotion parity is checked automatically).</source>
        <translation>모든 채널에서 동일하게 유지되어야 합니다(프로모션 동일성은 자동으로 점검됩니다).</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>아직 점검하지 않음</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>메모: %1</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>근거 자료: %1</translation>
    </message>
    <message>
        <source>Reviewed by %1 on %2</source>
        <translation>검토: %1, %2</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>카테고리</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Check the box when the item must hold identically on every channel.</source>
        <translation>모든 채널에서 똑같이 지켜야 하는 항목이면 체크합니다.</translation>
    </message>
    <message>
        <source>Change checklist item parity</source>
        <translation>체크리스트 항목의 채널 동일성 변경</translation>
    </message>
    <message>
        <source>Edit checklist item</source>
        <translation>체크리스트 항목 편집</translation>
    </message>
    <message>
        <source>Change checklist item category</source>
        <translation>체크리스트 항목 분류 변경</translation>
    </message>
</context>
<context>
    <name>omnimap::Commands</name>
    <message>
        <source>Add journey</source>
        <translation>여정 추가</translation>
    </message>
    <message>
        <source>Add channel lane</source>
        <translation>채널 레인 추가</translation>
    </message>
    <message>
        <source>Remove channel lane</source>
        <translation>채널 레인 제거</translation>
    </message>
    <message>
        <source>Add hand-off</source>
        <translation>핸드오프 추가</translation>
    </message>
    <message>
        <source>Delete hand-off</source>
        <translation>핸드오프 삭제</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>단계 추가</translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation>단계 삭제</translation>
    </message>
    <message>
        <source>Add touchpoint</source>
        <translation>접점 추가</translation>
    </message>
    <message>
        <source>Delete touchpoint</source>
        <translation>접점 삭제</translation>
    </message>
    <message>
        <source>Edit persona</source>
        <translation>페르소나 편집</translation>
    </message>
    <message>
        <source>Add persona</source>
        <translation>페르소나 추가</translation>
    </message>
    <message>
        <source>Rename stage</source>
        <translation>단계 이름 변경</translation>
    </message>
    <message>
        <source>Edit stage goal</source>
        <translation>단계 목표 편집</translation>
    </message>
    <message>
        <source>Edit stage notes</source>
        <translation>단계 메모 편집</translation>
    </message>
    <message>
        <source>Rename channel</source>
        <translation>채널 이름 변경</translation>
    </message>
    <message>
        <source>Recolour channel</source>
        <translation>채널 색상 변경</translation>
    </message>
    <message>
        <source>Change channel kind</source>
        <translation>채널 유형 변경</translation>
    </message>
    <message>
        <source>Edit touchpoint</source>
        <translation>접점 편집</translation>
    </message>
    <message>
        <source>Move touchpoint</source>
        <translation>접점 이동</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n touchpoint(s)</source>
        <translation>
            <numerusform>접점 %n개 붙여넣기</numerusform>
        </translation>
    </message>
    <message>
        <source>Reorder stages</source>
        <translation>단계 순서 변경</translation>
    </message>
    <message>
        <source>Reorder channel lanes</source>
        <translation>채널 레인 순서 변경</translation>
    </message>
    <message>
        <source>Resize touchpoint</source>
        <translation>접점 크기 조정</translation>
    </message>
    <message>
        <source>Change emotion</source>
        <translation>감정 변경</translation>
    </message>
    <message numerus="yes">
        <source>Move %n touchpoint(s)</source>
        <translation>
            <numerusform>접점 %n개 이동</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename plan</source>
        <translation>플랜 이름 바꾸기</translation>
    </message>
    <message>
        <source>Edit plan description</source>
        <translation>플랜 설명 편집</translation>
    </message>
    <message>
        <source>Change plan language</source>
        <translation>플랜 언어 변경</translation>
    </message>
    <message>
        <source>Change plan currency</source>
        <translation>플랜 통화 변경</translation>
    </message>
    <message>
        <source>Edit tone of voice</source>
        <translation>톤 앤 보이스 편집</translation>
    </message>
    <message>
        <source>Edit brand keywords</source>
        <translation>브랜드 키워드 편집</translation>
    </message>
    <message>
        <source>Edit forbidden words</source>
        <translation>금칙어 편집</translation>
    </message>
    <message>
        <source>Edit brand palette</source>
        <translation>브랜드 팔레트 편집</translation>
    </message>
    <message>
        <source>Add department</source>
        <translation>부서 추가</translation>
    </message>
    <message>
        <source>Remove department</source>
        <translation>부서 삭제</translation>
    </message>
    <message>
        <source>Rename department</source>
        <translation>부서 이름 바꾸기</translation>
    </message>
    <message>
        <source>Recolour department</source>
        <translation>부서 색 변경</translation>
    </message>
    <message>
        <source>Rename journey</source>
        <translation>여정 이름 바꾸기</translation>
    </message>
    <message>
        <source>Edit journey description</source>
        <translation>여정 설명 편집</translation>
    </message>
    <message>
        <source>Change journey owner</source>
        <translation>여정 담당 부서 변경</translation>
    </message>
    <message>
        <source>Change personas on the map</source>
        <translation>지도의 페르소나 변경</translation>
    </message>
    <message>
        <source>Label hand-off</source>
        <translation>전환 이름 정하기</translation>
    </message>
    <message>
        <source>Change hand-off kind</source>
        <translation>전환 종류 변경</translation>
    </message>
    <message>
        <source>Change hand-off owner</source>
        <translation>전환 담당 부서 변경</translation>
    </message>
    <message>
        <source>Change channel owner</source>
        <translation>채널 담당 부서 변경</translation>
    </message>
    <message>
        <source>Edit channel description</source>
        <translation>채널 설명 편집</translation>
    </message>
    <message>
        <source>Add experiment</source>
        <translation>실험 추가</translation>
    </message>
    <message>
        <source>Remove experiment</source>
        <translation>실험 제거</translation>
    </message>
    <message>
        <source>Edit experiment</source>
        <translation>실험 편집</translation>
    </message>
</context>
<context>
    <name>omnimap::CommentsPanel</name>
    <message>
        <source>Draft</source>
        <translation>초안</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>검토 중</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>담당:</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>검토:</translation>
    </message>
    <message>
        <source>Write a comment (Ctrl+Enter to send); select a message to reply to it</source>
        <translation>댓글을 작성하세요(Ctrl+Enter로 보내기). 답글을 달려면 메시지를 선택하세요</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>해결(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>댓글(&amp;C)</translation>
    </message>
    <message>
        <source>Owned by department</source>
        <translation>담당 부서</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>다시 열기(&amp;R)</translation>
    </message>
    <message>
        <source>Select an item on the map to see its comments.</source>
        <translation>댓글을 보려면 지도에서 항목을 선택하세요.</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(담당 없음)</translation>
    </message>
    <message>
        <source>by %1, %2</source>
        <translation>검토자 %1, %2</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>해결됨</translation>
    </message>
    <message>
        <source>Choose a department…</source>
        <translation>부서 선택…</translation>
    </message>
    <message>
        <source>(nothing owned yet)</source>
        <translation>(담당 항목 없음)</translation>
    </message>
</context>
<context>
    <name>omnimap::CompareView</name>
    <message>
        <source>Added</source>
        <translation>추가됨</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>제거됨</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>변경됨</translation>
    </message>
    <message>
        <source>Reordered</source>
        <translation>순서 변경됨</translation>
    </message>
    <message>
        <source>order of %1</source>
        <translation>%1의 순서</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>변경</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>세부 정보</translation>
    </message>
    <message>
        <source>Project-wide</source>
        <translation>프로젝트 전체</translation>
    </message>
    <message>
        <source>Journey “%1”</source>
        <translation>여정 “%1”</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>차이가 없습니다.</translation>
    </message>
</context>
<context>
    <name>omnimap::ConflictDialog</name>
    <message>
        <source>Resolve Merge Conflicts</source>
        <translation>병합 충돌 해결</translation>
    </message>
    <message>
        <source>Take All O&amp;urs</source>
        <translation>모두 우리 쪽 값 사용(&amp;U)</translation>
    </message>
    <message>
        <source>Take All T&amp;heirs</source>
        <translation>모두 상대 쪽 값 사용(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Apply Merge</source>
        <translation>병합 적용(&amp;A)</translation>
    </message>
    <message>
        <source>Choose a value for every conflict first</source>
        <translation>먼저 모든 충돌에 대해 값을 선택하세요</translation>
    </message>
</context>
<context>
    <name>omnimap::ConflictView</name>
    <message>
        <source>Base (common version)</source>
        <translation>기준(공통 버전)</translation>
    </message>
    <message>
        <source>Ours (this copy)</source>
        <translation>우리 쪽(이 사본)</translation>
    </message>
    <message>
        <source>Theirs (other copy)</source>
        <translation>상대 쪽(다른 사본)</translation>
    </message>
    <message>
        <source>Custom value</source>
        <translation>사용자 지정 값</translation>
    </message>
    <message>
        <source>Use &amp;base</source>
        <translation>기준 사용(&amp;B)</translation>
    </message>
    <message>
        <source>Use &amp;ours</source>
        <translation>우리 쪽 사용(&amp;O)</translation>
    </message>
    <message>
        <source>Use &amp;theirs</source>
        <translation>상대 쪽 사용(&amp;T)</translation>
    </message>
    <message>
        <source>Use &amp;custom</source>
        <translation>사용자 지정 사용(&amp;C)</translation>
    </message>
    <message>
        <source>Unresolved</source>
        <translation>미해결</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>기준</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>우리 쪽</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>상대 쪽</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>사용자 지정</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>필드</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>선택</translation>
    </message>
    <message>
        <source>Or keep another value:</source>
        <translation>또는 다른 값 유지:</translation>
    </message>
    <message>
        <source>Or type the value to keep (one entry per line for lists)</source>
        <translation>또는 유지할 값을 입력하세요(목록은 한 줄에 하나씩)</translation>
    </message>
    <message>
        <source>edited on one side, deleted on the other</source>
        <translation>한쪽에서는 편집되고 다른 쪽에서는 삭제됨</translation>
    </message>
    <message>
        <source>order of %1</source>
        <translation>%1의 순서</translation>
    </message>
    <message>
        <source>No conflicts</source>
        <translation>충돌 없음</translation>
    </message>
    <message numerus="yes">
        <source>All %n conflict(s) resolved.</source>
        <translation>
            <numerusform>충돌 %n건을 모두 해결했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 conflict(s) still to resolve: pick base, ours or theirs, or type a value.</source>
        <translation>
            <numerusform>충돌 %1건 중 %n건이 아직 미해결입니다. 기준, 우리 쪽, 상대 쪽 중에서 고르거나 값을 입력하세요.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omnimap::DepartmentFocus</name>
    <message>
        <source>&amp;Focus on Department</source>
        <translation>부서 중심 보기(&amp;F)</translation>
    </message>
    <message>
        <source>Fade on the maps what the chosen department does not own</source>
        <translation>선택한 부서가 담당하지 않는 항목을 지도에서 흐리게 표시</translation>
    </message>
    <message>
        <source>&amp;All Departments</source>
        <translation>모든 부서(&amp;A)</translation>
    </message>
</context>
<context>
    <name>omnimap::DepartmentsDialog</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>채널</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>페르소나</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>여정</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>접점</translation>
    </message>
    <message>
        <source>Hand-off</source>
        <translation>핸드오프</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(이름 없음)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>캠페인</translation>
    </message>
    <message>
        <source>Department colour</source>
        <translation>부서 색</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>(nothing yet)</source>
        <translation>(아직 없음)</translation>
    </message>
    <message>
        <source>Department %1</source>
        <translation>부서 %1</translation>
    </message>
    <message>
        <source>Remove department</source>
        <translation>부서 삭제</translation>
    </message>
</context>
<context>
    <name>omnimap::DialogService</name>
    <message>
        <source>File in use</source>
        <translation>사용 중인 파일</translation>
    </message>
    <message>
        <source>%1 is open by %2 on the computer %3 (last seen %4).</source>
        <translation>%1 파일을 %3 컴퓨터의 %2 님이 열고 있습니다(마지막 확인 %4).</translation>
    </message>
    <message>
        <source>%1 is open by %2 in another Omnimap window on this computer since %3.</source>
        <translation>%1 파일을 이 컴퓨터의 다른 Omnimap 창에서 %2 님이 %3부터 열고 있습니다.</translation>
    </message>
    <message>
        <source>Saving from two places would overwrite one person&apos;s work. Open it read-only, or open a copy you can save elsewhere.</source>
        <translation>두 곳에서 저장하면 한 사람의 작업을 덮어쓰게 됩니다. 읽기 전용으로 열거나, 다른 곳에 저장할 수 있는 사본을 여세요.</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>읽기 전용으로 열기</translation>
    </message>
    <message>
        <source>Open a Copy</source>
        <translation>사본 열기</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>디스크에서 파일이 변경됨</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since you opened it.</source>
        <translation>파일을 연 이후 다른 사람이 %1을(를) 변경했습니다.</translation>
    </message>
    <message>
        <source>Merge keeps both your changes and theirs; conflicts are shown for you to decide. Overwrite would discard their changes.</source>
        <translation>병합하면 내 변경과 다른 사람의 변경을 모두 유지하고, 충돌은 직접 고를 수 있게 보여 줍니다. 덮어쓰면 다른 사람의 변경이 사라집니다.</translation>
    </message>
    <message>
        <source>Saving now would overwrite their changes.</source>
        <translation>지금 저장하면 다른 사람의 변경 사항을 덮어씁니다.</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>병합…</translation>
    </message>
    <message>
        <source>Save as Copy…</source>
        <translation>사본으로 저장…</translation>
    </message>
    <message>
        <source>Reload Theirs</source>
        <translation>상대 쪽 다시 불러오기</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>덮어쓰기</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>저장하지 않은 작업 복구</translation>
    </message>
    <message>
        <source>Omnimap found unsaved changes to “%1” from %2.</source>
        <translation>Omnimap이 “%1”의 저장하지 않은 변경 사항(%2)을 찾았습니다.</translation>
    </message>
    <message>
        <source>Restore them? The recovered copy stays until you save or discard it.</source>
        <translation>복원하시겠습니까? 복구된 사본은 저장하거나 삭제할 때까지 유지됩니다.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>복원</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>버리기</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>나중에</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>“%1”의 변경 사항을 저장하시겠습니까?</translation>
    </message>
    <message>
        <source>PNG or JPEG pictures (*.png *.jpg *.jpeg)</source>
        <translation>PNG 또는 JPEG 사진 (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>omnimap::Document</name>
    <message>
        <source>Untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <source>no file name to save to</source>
        <translation>저장할 파일 이름이 없습니다</translation>
    </message>
</context>
<context>
    <name>omnimap::ExperimentEditor</name>
    <message>
        <source>Experiment</source>
        <translation>실험</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>Tested at:</source>
        <translation>시험 위치:</translation>
    </message>
    <message>
        <source>&amp;Hypothesis:</source>
        <translation>가설(&amp;H):</translation>
    </message>
    <message>
        <source>e.g. A QR code on the receipt brings more customers into the app</source>
        <translation>예: 영수증의 QR 코드가 더 많은 고객을 앱으로 데려온다</translation>
    </message>
    <message>
        <source>Variants (the first is the control)</source>
        <translation>변형(첫 번째가 대조군)</translation>
    </message>
    <message>
        <source>Label in the data</source>
        <translation>데이터의 레이블</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>하는 일</translation>
    </message>
    <message>
        <source>Traffic %</source>
        <translation>트래픽 %</translation>
    </message>
    <message>
        <source>&amp;Add Variant</source>
        <translation>변형 추가(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move Variant</source>
        <translation>변형 제거(&amp;M)</translation>
    </message>
    <message>
        <source>Split &amp;Evenly</source>
        <translation>균등 분할(&amp;E)</translation>
    </message>
    <message>
        <source>What decides the test</source>
        <translation>실험을 판정하는 기준</translation>
    </message>
    <message>
        <source>&amp;Primary KPI:</source>
        <translation>주 KPI(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Guard-rail KPIs:</source>
        <translation>가드레일 KPI(&amp;G):</translation>
    </message>
    <message>
        <source>Design (sets the sample size)</source>
        <translation>설계(표본 크기를 정함)</translation>
    </message>
    <message>
        <source>Minimum detectable &amp;effect:</source>
        <translation>최소 검출 효과(&amp;E):</translation>
    </message>
    <message>
        <source>The smallest absolute change of the primary rate worth detecting: 2 points = from 20 % to 22 %</source>
        <translation>검출할 가치가 있는 주 전환율의 가장 작은 절대 변화: 2 %p = 20 %에서 22 %로</translation>
    </message>
    <message>
        <source> points</source>
        <translation> %p</translation>
    </message>
    <message>
        <source>Significance level &amp;α:</source>
        <translation>유의 수준 &amp;α:</translation>
    </message>
    <message>
        <source>Two-sided; 0.05 is usual</source>
        <translation>양측 검정; 보통 0.05</translation>
    </message>
    <message>
        <source>&amp;Power:</source>
        <translation>검정력(&amp;P):</translation>
    </message>
    <message>
        <source>Chance of finding the effect when it is there; 0.8 is usual</source>
        <translation>효과가 있을 때 찾아낼 확률; 보통 0.8</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>시작(&amp;S):</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>E&amp;nd:</source>
        <translation>종료(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Remove Experiment</source>
        <translation>실험 제거(&amp;R)</translation>
    </message>
    <message>
        <source>Show &amp;Results</source>
        <translation>결과 보기(&amp;R)</translation>
    </message>
    <message>
        <source>touchpoint “%1”</source>
        <translation>터치포인트 “%1”</translation>
    </message>
    <message>
        <source>hand-off %1</source>
        <translation>전환 %1</translation>
    </message>
    <message>
        <source>Open a data set to see how long this test needs at current traffic.</source>
        <translation>데이터 세트를 열면 현재 트래픽으로 이 테스트에 며칠이 필요한지 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Experiment “%1”</source>
        <translation>실험 “%1”</translation>
    </message>
    <message>
        <source>The control: the others are compared with it.</source>
        <translation>대조군: 다른 변형은 이것과 비교됩니다.</translation>
    </message>
    <message>
        <source>(choose a KPI)</source>
        <translation>(KPI 선택)</translation>
    </message>
    <message>
        <source>%1 (no data binding)</source>
        <translation>%1 (데이터 바인딩 없음)</translation>
    </message>
    <message>
        <source>(deleted KPI)</source>
        <translation>(삭제된 KPI)</translation>
    </message>
    <message>
        <source>The design is complete: the test can be planned and read.</source>
        <translation>설계가 완성되었습니다: 테스트를 계획하고 읽을 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>omnimap::ExperimentPlanner</name>
    <message>
        <source>Open a data set to see how long this test needs at current traffic.</source>
        <translation>데이터 세트를 열면 현재 트래픽으로 이 테스트에 며칠이 필요한지 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Experiments are read from a local data set, not from a warehouse.</source>
        <translation>실험은 웨어하우스가 아니라 로컬 데이터 세트에서 읽습니다.</translation>
    </message>
    <message>
        <source>Complete the design to see the sample size and the duration.</source>
        <translation>설계를 완성하면 표본 크기와 기간을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Working out the sample size…</source>
        <translation>표본 크기를 계산하는 중…</translation>
    </message>
    <message>
        <source>No plan yet.</source>
        <translation>아직 계획이 없습니다.</translation>
    </message>
    <message>
        <source>Needs %1 customers per variant to detect %2 points from a baseline of %3 % (%4) at α %5 and power %6.</source>
        <translation>기준 전환율 %3 %(%4)에서 %2 %p를 α %5, 검정력 %6으로 검출하려면 변형당 고객 %1명이 필요합니다.</translation>
    </message>
    <message>
        <source>measured in the data set</source>
        <translation>데이터 세트에서 측정</translation>
    </message>
    <message>
        <source>the KPI&apos;s baseline</source>
        <translation>KPI의 기준값</translation>
    </message>
    <message numerus="yes">
        <source>At the %1 customers a day who reach it in the data set, this test needs %n day(s).</source>
        <translation>
            <numerusform>데이터 세트에서 하루 %1명이 도달하므로 이 테스트에는 %n일이 필요합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>A/B · ended</source>
        <translation>A/B · 종료</translation>
    </message>
    <message>
        <source>A/B · running</source>
        <translation>A/B · 진행 중</translation>
    </message>
    <message>
        <source>A/B · design incomplete</source>
        <translation>A/B · 설계 미완성</translation>
    </message>
    <message numerus="yes">
        <source>A/B · needs %n day(s)</source>
        <translation>
            <numerusform>A/B · %n일 필요</numerusform>
        </translation>
    </message>
    <message>
        <source>A/B · starts %1</source>
        <translation>A/B · %1 시작</translation>
    </message>
    <message>
        <source>A/B · draft</source>
        <translation>A/B · 초안</translation>
    </message>
    <message numerus="yes">
        <source>Experiment “%1” at %2: this test needs %n day(s) at current traffic.</source>
        <translation>
            <numerusform>%2의 실험 “%1”: 현재 트래픽으로 이 테스트에는 %n일이 필요합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 customers per variant; %2 customers a day reach it in the data set, split as planned. A larger minimum detectable effect or more traffic makes it shorter; a test much longer than eight weeks runs through changing seasons and campaigns.</source>
        <translation>변형당 고객 %1명이 필요하고, 데이터 세트에서 하루 %2명이 도달해 계획대로 나뉩니다. 최소 검출 효과를 키우거나 트래픽이 늘면 짧아집니다. 8주보다 훨씬 긴 테스트는 계절과 캠페인이 바뀌는 동안 진행됩니다.</translation>
    </message>
    <message>
        <source>Experiment “%1” at %2: its duration can not be worked out.</source>
        <translation>%2의 실험 “%1”: 기간을 계산할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>omnimap::ExperimentResultsView</name>
    <message>
        <source>&amp;Read Results</source>
        <translation>결과 읽기(&amp;R)</translation>
    </message>
    <message>
        <source>Experiment:</source>
        <translation>실험:</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>변형</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>변형</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Exposed</source>
        <translation>노출</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>전환</translation>
    </message>
    <message>
        <source>Rate (95 % interval)</source>
        <translation>전환율(95 % 구간)</translation>
    </message>
    <message>
        <source>Lift, points (95 % interval)</source>
        <translation>상승폭, %p(95 % 구간)</translation>
    </message>
    <message>
        <source>Relative lift</source>
        <translation>상대 상승</translation>
    </message>
    <message>
        <source>z</source>
        <translation>z</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>Probability best</source>
        <translation>최선일 확률</translation>
    </message>
    <message>
        <source>Guard-rails</source>
        <translation>가드레일</translation>
    </message>
    <message>
        <source>Guard-rail KPI</source>
        <translation>가드레일 KPI</translation>
    </message>
    <message>
        <source>Control rate</source>
        <translation>대조군 전환율</translation>
    </message>
    <message>
        <source>Variant rate</source>
        <translation>변형 전환율</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <source>Funnel per variant (customers reaching each stage)</source>
        <translation>변형별 퍼널(각 단계에 도달한 고객)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Cancelled: nothing was read.</source>
        <translation>취소됨: 아무것도 읽지 않았습니다.</translation>
    </message>
    <message>
        <source>Pick an experiment and read it on the open data set.</source>
        <translation>실험을 고르고 열린 데이터 세트에서 결과를 읽으십시오.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The plan has no experiment. Add one from a touchpoint&apos;s or a hand-off&apos;s context menu.</source>
        <translation>계획에 실험이 없습니다. 터치포인트나 전환의 바로 가기 메뉴에서 추가하십시오.</translation>
    </message>
    <message>
        <source>No data set is open: open one whose customers carry a “variant” attribute (Data ▸ Open Data Set…).</source>
        <translation>열린 데이터 세트가 없습니다: 고객에게 “variant” 속성이 있는 데이터 세트를 여십시오(데이터 ▸ 데이터 세트 열기…).</translation>
    </message>
    <message>
        <source>Experiments are read from a local data set, not from a warehouse.</source>
        <translation>실험은 웨어하우스가 아니라 로컬 데이터 세트에서 읽습니다.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>읽는 중…</translation>
    </message>
    <message>
        <source>Labels in the data that are not variants: %1</source>
        <translation>변형이 아닌 데이터의 레이블: %1</translation>
    </message>
    <message>
        <source>Primary KPI: %1 · tested at %2</source>
        <translation>주 KPI: %1 · 시험 위치: %2</translation>
    </message>
    <message>
        <source>Planned sample: %1 per variant (baseline %2, %3 a day reach it)</source>
        <translation>계획한 표본: 변형당 %1명(기준 전환율 %2, 하루 %3명 도달)</translation>
    </message>
    <message>
        <source>Sample ratio check FAILED: χ² = %1 (df %2), p = %3 — the split is broken.</source>
        <translation>표본 비율 검사 실패: χ² = %1(자유도 %2), p = %3 — 분할이 깨졌습니다.</translation>
    </message>
    <message>
        <source>Sample ratio check passed: χ² = %1 (df %2), p = %3.</source>
        <translation>표본 비율 검사 통과: χ² = %1(자유도 %2), p = %3.</translation>
    </message>
    <message>
        <source>%1 (control)</source>
        <translation>%1 (대조군)</translation>
    </message>
    <message>
        <source>Hurt</source>
        <translation>해침</translation>
    </message>
    <message>
        <source>Not hurt</source>
        <translation>해치지 않음</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>omnimap::ExperimentTools</name>
    <message>
        <source>Experiments</source>
        <translation>실험</translation>
    </message>
    <message>
        <source>E&amp;xperiment Results</source>
        <translation>실험 결과(&amp;X)</translation>
    </message>
    <message>
        <source>Test at %1</source>
        <translation>%1 테스트</translation>
    </message>
    <message>
        <source>Hand-off test %1 → %2</source>
        <translation>전환 테스트 %1 → %2</translation>
    </message>
</context>
<context>
    <name>omnimap::ExportTools</name>
    <message numerus="yes">
        <source>Exported %n table(s) to %1</source>
        <translation>
            <numerusform>표 %n개를 %1(으)로 내보냈습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Export PDF Report</source>
        <translation>PDF 보고서 내보내기</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 쓰는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 내보냄</translation>
    </message>
    <message>
        <source>Export JSON Plan</source>
        <translation>JSON 계획 내보내기</translation>
    </message>
    <message>
        <source>JSON plan (*.json)</source>
        <translation>JSON 계획 (*.json)</translation>
    </message>
    <message>
        <source>The plan has no journey map to export.</source>
        <translation>계획에 내보낼 여정 지도가 없습니다.</translation>
    </message>
    <message>
        <source>Export Map Picture</source>
        <translation>지도 이미지 내보내기</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 이미지 (*.png);;SVG 드로잉 (*.svg)</translation>
    </message>
    <message>
        <source>Export CSV Tables To</source>
        <translation>CSV 표 내보낼 위치</translation>
    </message>
    <message>
        <source>Export OpenJourney</source>
        <translation>OpenJourney 내보내기</translation>
    </message>
    <message>
        <source>OpenJourney map (*.ojf)</source>
        <translation>OpenJourney 지도 (*.ojf)</translation>
    </message>
    <message>
        <source>Import OpenJourney</source>
        <translation>OpenJourney 가져오기</translation>
    </message>
    <message>
        <source>Save Imported Plan</source>
        <translation>가져온 계획 저장</translation>
    </message>
    <message>
        <source>Omnimap plan (*.omnimap)</source>
        <translation>Omnimap 계획 (*.omnimap)</translation>
    </message>
    <message>
        <source>Imported %1 into %2</source>
        <translation>%1을(를) %2(으)로 가져왔습니다</translation>
    </message>
    <message>
        <source>Imported %1 into %2; open it with File › Open</source>
        <translation>%1을(를) %2(으)로 가져왔습니다. 파일 › 열기로 여세요</translation>
    </message>
    <message>
        <source>&amp;PDF Report…</source>
        <translation>PDF 보고서(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;JSON Plan…</source>
        <translation>JSON 계획(&amp;J)…</translation>
    </message>
    <message>
        <source>&amp;Map Picture (PNG/SVG)…</source>
        <translation>지도 이미지(PNG/SVG)(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;CSV Tables…</source>
        <translation>CSV 표(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;OpenJourney (.ojf)…</source>
        <translation>OpenJourney(.ojf)(&amp;O)…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>인쇄 미리 보기(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>인쇄(&amp;P)…</translation>
    </message>
    <message>
        <source>Export Web Page</source>
        <translation>웹 페이지 내보내기</translation>
    </message>
    <message>
        <source>Web page (*.html *.htm)</source>
        <translation>웹 페이지 (*.html *.htm)</translation>
    </message>
    <message>
        <source>&amp;Web Page…</source>
        <translation>웹 페이지(&amp;W)…</translation>
    </message>
</context>
<context>
    <name>omnimap::HandoffPage</name>
    <message>
        <source>(not set)</source>
        <translation>(설정 안 됨)</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR 코드</translation>
    </message>
    <message>
        <source>Link or deep link</source>
        <translation>링크 또는 딥링크</translation>
    </message>
    <message>
        <source>Push notification</source>
        <translation>푸시 알림</translation>
    </message>
    <message>
        <source>Message (SMS, KakaoTalk, e-mail)</source>
        <translation>메시지 (문자, 카카오톡, 이메일)</translation>
    </message>
    <message>
        <source>Staff hand-over</source>
        <translation>직원 안내</translation>
    </message>
    <message>
        <source>Pickup or delivery</source>
        <translation>픽업 또는 배송</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>Hand-off</source>
        <translation>핸드오프</translation>
    </message>
    <message>
        <source>e.g. QR scan, push deep link</source>
        <translation>예: QR 스캔, 푸시 딥링크</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>이름(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>유형(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>담당(&amp;O)</translation>
    </message>
    <message>
        <source>A/B test</source>
        <translation>A/B 테스트</translation>
    </message>
    <message>
        <source>Edit Experiment…</source>
        <translation>실험 편집…</translation>
    </message>
    <message>
        <source>Add Experiment…</source>
        <translation>실험 추가…</translation>
    </message>
</context>
<context>
    <name>omnimap::HelpTools</name>
    <message>
        <source>Could not open the user guide (%1).</source>
        <translation>사용자 가이드를 열 수 없습니다(%1).</translation>
    </message>
    <message>
        <source>Could not open %1.</source>
        <translation>%1을(를) 열 수 없습니다.</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>사용자 가이드(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;About Omnimap</source>
        <translation>Omnimap 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>omnimap::InsightCommands</name>
    <message numerus="yes">
        <source>Add %n channel(s) from the data set</source>
        <translation>
            <numerusform>데이터 세트에서 채널 %n개 추가</numerusform>
        </translation>
    </message>
    <message>
        <source>Remember data set &quot;%1&quot;</source>
        <translation>데이터 세트 &quot;%1&quot; 기억</translation>
    </message>
    <message>
        <source>Delete scenario &quot;%1&quot;</source>
        <translation>시나리오 &quot;%1&quot; 삭제</translation>
    </message>
    <message>
        <source>Add scenario &quot;%1&quot;</source>
        <translation>시나리오 &quot;%1&quot; 추가</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>시나리오 이름 변경</translation>
    </message>
    <message>
        <source>Change scenario persona</source>
        <translation>시나리오 페르소나 변경</translation>
    </message>
    <message>
        <source>Change scenario description</source>
        <translation>시나리오 설명 변경</translation>
    </message>
    <message>
        <source>Store scenario result</source>
        <translation>시나리오 결과 저장</translation>
    </message>
</context>
<context>
    <name>omnimap::Inspector</name>
    <message>
        <source>Select a touchpoint, a stage or a channel lane to edit it here.</source>
        <translation>여기에서 편집하려면 접점, 단계 또는 채널 레인을 선택하세요.</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>제목(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>설명(&amp;D)</translation>
    </message>
    <message>
        <source>Customer &amp;message</source>
        <translation>고객 메시지(&amp;M)</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>결정적 순간(MOT)</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>프로모션</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>담당(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>단계(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation>목표(&amp;G)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>행동</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>생각</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>불편 사항(페인 포인트)</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>기회</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>한 줄에 하나씩</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>채널(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>유형(&amp;K)</translation>
    </message>
    <message>
        <source>C&amp;olour</source>
        <translation>색상(&amp;O)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>O&amp;wner</source>
        <translation>담당 부서(&amp;W)</translation>
    </message>
    <message>
        <source>Descri&amp;ption</source>
        <translation>설명(&amp;P)</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>웹사이트</translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation>모바일 앱</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>매장</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Text message (SMS)</source>
        <translation>문자 메시지(SMS)</translation>
    </message>
    <message>
        <source>KakaoTalk</source>
        <translation>카카오톡</translation>
    </message>
    <message>
        <source>Push notification</source>
        <translation>푸시 알림</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>소셜 미디어</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>광고</translation>
    </message>
    <message>
        <source>Call center</source>
        <translation>콜센터</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>키오스크</translation>
    </message>
    <message>
        <source>Wearable</source>
        <translation>웨어러블</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>A/B test</source>
        <translation>A/B 테스트</translation>
    </message>
    <message>
        <source>Edit Experiment…</source>
        <translation>실험 편집…</translation>
    </message>
    <message>
        <source>Add Experiment…</source>
        <translation>실험 추가…</translation>
    </message>
</context>
<context>
    <name>omnimap::InspectorSection</name>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
</context>
<context>
    <name>omnimap::JourneyPage</name>
    <message>
        <source>Up</source>
        <translation>위로</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>아래로</translation>
    </message>
    <message>
        <source>&lt;b&gt;Journey&lt;/b&gt; — click a card, stage or lane to edit it instead.</source>
        <translation>&lt;b&gt;여정&lt;/b&gt; — 카드, 단계, 채널 줄을 클릭하면 그 항목을 편집합니다.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>이름(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>설명(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>담당(&amp;O)</translation>
    </message>
    <message>
        <source>Checked personas are drawn on the map, top first (at most five).</source>
        <translation>체크한 페르소나가 위에서부터 순서대로 지도에 그려집니다 (최대 다섯).</translation>
    </message>
    <message>
        <source>&amp;Personas on the map</source>
        <translation>지도의 페르소나(&amp;P)</translation>
    </message>
</context>
<context>
    <name>omnimap::JsonReader</name>
    <message>
        <source>expected one of: %1</source>
        <translation>다음 중 하나가 필요합니다: %1</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>배열이 필요합니다</translation>
    </message>
    <message>
        <source>written by a newer Omnimap (format version %1); this version reads up to %2. Please update Omnimap.</source>
        <translation>더 새로운 Omnimap(형식 버전 %1)으로 작성된 파일입니다. 이 버전은 %2까지 읽을 수 있습니다. Omnimap을 업데이트하세요.</translation>
    </message>
    <message>
        <source>format version %1 is not valid</source>
        <translation>형식 버전 %1이(가) 올바르지 않습니다</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>객체가 필요합니다</translation>
    </message>
    <message>
        <source>missing id: every item needs a stable id</source>
        <translation>ID 누락: 모든 항목에는 고정 ID가 필요합니다</translation>
    </message>
    <message>
        <source>expected a non-empty string of at most 128 characters</source>
        <translation>128자 이하의 비어 있지 않은 문자열이 필요합니다</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>문자열이 필요합니다</translation>
    </message>
    <message>
        <source>missing required field</source>
        <translation>필수 필드가 없습니다</translation>
    </message>
    <message>
        <source>expected an array of strings</source>
        <translation>문자열 배열이 필요합니다</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>숫자가 필요합니다</translation>
    </message>
    <message>
        <source>expected a number from %1 to %2</source>
        <translation>%1에서 %2 사이의 숫자가 필요합니다</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation>%1에서 %2 사이의 정수가 필요합니다</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true 또는 false가 필요합니다</translation>
    </message>
    <message>
        <source>invalid JSON: a NUL byte is not allowed</source>
        <translation>잘못된 JSON: NUL 바이트는 허용되지 않습니다</translation>
    </message>
    <message>
        <source>string longer than %1 bytes</source>
        <translation>문자열이 %1바이트보다 깁니다</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>중첩 깊이가 %1단계를 초과합니다</translation>
    </message>
    <message>
        <source>array with more than %1 items</source>
        <translation>배열 항목이 %1개를 초과합니다</translation>
    </message>
    <message>
        <source>line %1, column %2 (byte %3)</source>
        <translation>%1행 %2열(%3바이트)</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>잘못된 JSON: %1</translation>
    </message>
    <message>
        <source>expected a date (YYYY-MM-DD)</source>
        <translation>날짜(YYYY-MM-DD)가 필요합니다</translation>
    </message>
    <message>
        <source>expected a non-empty id</source>
        <translation>비어 있지 않은 ID가 필요합니다</translation>
    </message>
</context>
<context>
    <name>omnimap::KpiBindingDialog</name>
    <message>
        <source>Data binding of “%1”</source>
        <translation>“%1”의 데이터 연결</translation>
    </message>
    <message>
        <source>event type, e.g. purchase</source>
        <translation>이벤트 유형(예: purchase)</translation>
    </message>
    <message>
        <source>empty: the KPI is a count</source>
        <translation>비워 두면 KPI는 개수입니다</translation>
    </message>
    <message>
        <source>whole data set</source>
        <translation>전체 데이터 세트</translation>
    </message>
    <message>
        <source> days</source>
        <translation>일</translation>
    </message>
    <message>
        <source>any stage</source>
        <translation>모든 단계</translation>
    </message>
    <message>
        <source>any channel</source>
        <translation>모든 채널</translation>
    </message>
    <message>
        <source>No data set is open: open one (Data ▸ Open Data Set…) to pick its event types from a list.</source>
        <translation>열린 데이터 세트가 없습니다. 데이터 세트를 열면(데이터 ▸ 데이터 세트 열기…) 이벤트 유형을 목록에서 고를 수 있습니다.</translation>
    </message>
    <message>
        <source>The lists show what the open data set holds; stages and channels marked “in the data” are found in it by name.</source>
        <translation>목록은 열린 데이터 세트에 있는 값입니다. “데이터에 있음” 표시가 붙은 단계와 채널은 이름으로 데이터에서 찾습니다.</translation>
    </message>
    <message>
        <source>%1 — in the data</source>
        <translation>%1 — 데이터에 있음</translation>
    </message>
    <message>
        <source>%1 — only in the data (add the stage to the plan)</source>
        <translation>%1 — 데이터에만 있음(계획에 단계를 추가하세요)</translation>
    </message>
    <message>
        <source>%1 — only in the data (add the channel to the plan)</source>
        <translation>%1 — 데이터에만 있음(계획에 채널을 추가하세요)</translation>
    </message>
</context>
<context>
    <name>omnimap::KpiHistoryDialog</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Record…</source>
        <translation>기록(&amp;R)…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Recorded measurements</source>
        <translation>측정 기록</translation>
    </message>
    <message>
        <source>Recorded measurements of “%1”</source>
        <translation>“%1”의 측정 기록</translation>
    </message>
    <message>
        <source>%1 … %2</source>
        <translation>%1 … %2</translation>
    </message>
</context>
<context>
    <name>omnimap::KpiMeasurementDialog</name>
    <message>
        <source>Edit recorded measurement of “%1”</source>
        <translation>“%1”의 측정 기록 편집</translation>
    </message>
    <message>
        <source>Record measurement of “%1”</source>
        <translation>“%1” 측정 기록</translation>
    </message>
    <message>
        <source>Changing the date moves the record to its place in the history.</source>
        <translation>날짜를 바꾸면 기록이 목록의 제자리로 옮겨집니다.</translation>
    </message>
    <message>
        <source>The value is prefilled with the one last measured on the data set.</source>
        <translation>데이터 세트에서 마지막으로 측정한 값이 미리 채워져 있습니다.</translation>
    </message>
    <message>
        <source>No value measured on the data set yet: type the value measured.</source>
        <translation>아직 데이터 세트에서 측정한 값이 없습니다: 측정한 값을 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>omnimap::KpiTableModel</name>
    <message>
        <source>All journeys</source>
        <translation>전체 여정</translation>
    </message>
    <message>
        <source>Every stage</source>
        <translation>모든 단계</translation>
    </message>
    <message>
        <source>Every channel</source>
        <translation>모든 채널</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>count of %1</source>
        <translation>%1 개수</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(담당 없음)</translation>
    </message>
    <message>
        <source>Custom KPI</source>
        <translation>사용자 지정 KPI</translation>
    </message>
    <message>
        <source>Set the value the plan aims for; a KPI without target cannot be on or off track.</source>
        <translation>계획의 목표값을 설정하세요. 목표가 없는 KPI는 달성 여부를 판단할 수 없습니다.</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>여정</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>채널</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>단위</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>기준값</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>방향</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>담당</translation>
    </message>
    <message>
        <source>Data binding</source>
        <translation>데이터 연결</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>실제값</translation>
    </message>
    <message>
        <source>Simulated</source>
        <translation>시뮬레이션값</translation>
    </message>
    <message>
        <source>Change KPI %1</source>
        <translation>KPI %1 변경</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>first record</source>
        <translation>첫 기록</translation>
    </message>
    <message>
        <source>→ unchanged</source>
        <translation>→ 변화 없음</translation>
    </message>
    <message>
        <source>%1 %2, better</source>
        <translation>%1 %2, 개선</translation>
    </message>
    <message>
        <source>%1 %2, worse</source>
        <translation>%1 %2, 악화</translation>
    </message>
    <message>
        <source>Previous: %1 on %2</source>
        <translation>이전: %2에 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <source>No measurement recorded yet: Record measurement… stores one.</source>
        <translation>아직 측정 기록이 없습니다: 측정 기록…으로 저장하십시오.</translation>
    </message>
    <message>
        <source>Last recorded</source>
        <translation>마지막 기록</translation>
    </message>
    <message>
        <source>Since previous</source>
        <translation>이전 대비</translation>
    </message>
</context>
<context>
    <name>omnimap::KpiTableView</name>
    <message>
        <source>Add from &amp;library</source>
        <translation>라이브러리에서 추가(&amp;L)</translation>
    </message>
    <message>
        <source>Add &amp;custom KPI</source>
        <translation>사용자 지정 KPI 추가(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>제거(&amp;R)</translation>
    </message>
    <message>
        <source>Data &amp;binding…</source>
        <translation>데이터 연결(&amp;B)…</translation>
    </message>
    <message>
        <source>Filter KPIs (Ctrl+F)</source>
        <translation>KPI 필터(Ctrl+F)</translation>
    </message>
    <message>
        <source>New KPI</source>
        <translation>새 KPI</translation>
    </message>
    <message>
        <source>Change KPI binding</source>
        <translation>KPI 데이터 연결 변경</translation>
    </message>
    <message>
        <source>Record &amp;measurement…</source>
        <translation>측정 기록(&amp;M)…</translation>
    </message>
    <message>
        <source>Store a measured value with its date and a note in the plan, so the plan keeps its own history</source>
        <translation>측정한 값을 날짜, 메모와 함께 계획에 저장하여 계획이 스스로 기록을 갖게 합니다</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>기록(&amp;H)…</translation>
    </message>
    <message>
        <source>The KPI&apos;s recorded measurements: edit or delete a record</source>
        <translation>KPI의 측정 기록: 기록을 편집하거나 삭제합니다</translation>
    </message>
    <message>
        <source>Record measurement…</source>
        <translation>측정 기록…</translation>
    </message>
    <message>
        <source>Measurement history…</source>
        <translation>측정 기록 보기…</translation>
    </message>
    <message>
        <source>Data binding…</source>
        <translation>데이터 연결…</translation>
    </message>
</context>
<context>
    <name>omnimap::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>시스템 기본값</translation>
    </message>
    <message>
        <source>Language changed. Some panels update after a restart.</source>
        <translation>언어가 변경되었습니다. 일부 패널은 다시 시작한 후 바뀝니다.</translation>
    </message>
</context>
<context>
    <name>omnimap::MainWindow</name>
    <message>
        <source>Omnimap projects (*.omnimap)</source>
        <translation>Omnimap 프로젝트 (*.omnimap)</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>새 프로젝트</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>속성</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;열린 상태&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>작업 기록</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>가져오기(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Journey</source>
        <translation>여정(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>계획(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>데이터(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>도구(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>기본</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>새로 만들기(&amp;N)</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>템플릿으로 새로 만들기(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>프로젝트 열기</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>다른 이름으로 저장(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>모두 선택(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>찾기(&amp;F)…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>창에 맞추기(&amp;F)</translation>
    </message>
    <message>
        <source>Actual &amp;Size</source>
        <translation>실제 크기(&amp;S)</translation>
    </message>
    <message>
        <source>New &amp;Journey</source>
        <translation>새 여정(&amp;J)</translation>
    </message>
    <message>
        <source>Journey %1</source>
        <translation>여정 %1</translation>
    </message>
    <message>
        <source>Add &amp;Stage</source>
        <translation>단계 추가(&amp;S)</translation>
    </message>
    <message>
        <source>Add &amp;Channel Lane</source>
        <translation>채널 레인 추가(&amp;C)</translation>
    </message>
    <message>
        <source>Add &amp;Persona</source>
        <translation>페르소나 추가(&amp;P)</translation>
    </message>
    <message>
        <source>Persona %1</source>
        <translation>페르소나 %1</translation>
    </message>
    <message>
        <source>Find a touchpoint…</source>
        <translation>접점 찾기…</translation>
    </message>
    <message>
        <source>Customer journey</source>
        <translation>고객 여정</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>자동 저장 실패: %1</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>페르소나</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>여정</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>채널</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>체크리스트</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>캠페인</translation>
    </message>
    <message>
        <source>Data sets</source>
        <translation>데이터 세트</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>시나리오</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (읽기 전용)</translation>
    </message>
    <message>
        <source>No touchpoint matches “%1”</source>
        <translation>“%1”과(와) 일치하는 접점이 없습니다</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>프로젝트를 열 수 없음</translation>
    </message>
    <message>
        <source>Could not write the lock file beside %1</source>
        <translation>%1 옆에 잠금 파일을 쓸 수 없습니다</translation>
    </message>
    <message numerus="yes">
        <source>Opened with %n problem(s): see the Problems panel</source>
        <translation>
            <numerusform>문제 %n건과 함께 열었습니다. 문제 패널을 확인하세요</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open sample</source>
        <translation>샘플을 열 수 없음</translation>
    </message>
    <message>
        <source>There is no bundled sample called “%1”.</source>
        <translation>“%1”(이)라는 번들 샘플이 없습니다.</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>다른 이름으로 프로젝트 저장</translation>
    </message>
    <message>
        <source>Cannot save project</source>
        <translation>프로젝트를 저장할 수 없음</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 저장됨</translation>
    </message>
    <message>
        <source>Saved %1 (written in place after a verified backup)</source>
        <translation>%1 저장됨(백업 확인 후 원래 위치에 직접 기록)</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>복원할 수 없음</translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>저장하지 않은 변경 사항 복원</translation>
    </message>
    <message>
        <source>Cannot merge</source>
        <translation>병합할 수 없습니다</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>플랜: %1</translation>
    </message>
    <message>
        <source>Double-click to edit the plan&apos;s name, description, language and currency</source>
        <translation>두 번 클릭하면 플랜 이름, 설명, 언어, 통화를 편집합니다</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>브랜드</translation>
    </message>
    <message>
        <source>Double-click to edit the tone of voice, keywords, forbidden words and palette</source>
        <translation>두 번 클릭하면 톤 앤 보이스, 키워드, 금칙어, 팔레트를 편집합니다</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>Rename “%1”</source>
        <translation>“%1”(으)로 이름 바꾸기</translation>
    </message>
    <message>
        <source>&amp;Open Map</source>
        <translation>지도 열기(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Open Persona</source>
        <translation>페르소나 열기(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>보기(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>이름 바꾸기(&amp;R)</translation>
    </message>
    <message>
        <source>D&amp;uplicate Journey</source>
        <translation>여정 복제(&amp;U)</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (사본)</translation>
    </message>
    <message>
        <source>&amp;Delete Journey</source>
        <translation>여정 삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Delete journey “%1”</source>
        <translation>여정 “%1” 삭제</translation>
    </message>
    <message>
        <source>Plan &amp;Properties…</source>
        <translation>계획 속성(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Brand…</source>
        <translation>브랜드(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Departments…</source>
        <translation>부서(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>omnimap::MapRenderer</name>
    <message>
        <source>Emotion</source>
        <translation>감정</translation>
    </message>
    <message>
        <source>- - as-is   —— to-be</source>
        <translation>- - 현재(as-is)   —— 목표(to-be)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>행동</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>생각</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>불편 사항(페인 포인트)</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>기회</translation>
    </message>
    <message>
        <source>−%1 % drop-off</source>
        <translation>이탈 −%1 %</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>정상</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>위험</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>미달</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>목표 없음</translation>
    </message>
    <message>
        <source>JOURNEY</source>
        <translation>여정</translation>
    </message>
    <message>
        <source>No persona on this map yet: add one in the inspector.</source>
        <translation>이 지도에 아직 페르소나가 없습니다. 속성 패널에서 추가하세요.</translation>
    </message>
    <message>
        <source>(missing channel)</source>
        <translation>(누락된 채널)</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>주요</translation>
    </message>
    <message>
        <source>Supporting</source>
        <translation>보조</translation>
    </message>
    <message>
        <source>Add a stage to start the map.</source>
        <translation>지도를 시작하려면 단계를 추가하세요.</translation>
    </message>
    <message>
        <source>Add a channel lane for the touchpoints.</source>
        <translation>접점을 배치할 채널 레인을 추가하세요.</translation>
    </message>
    <message>
        <source>··· measured (95 % interval)</source>
        <translation>··· 측정 (95 % 구간)</translation>
    </message>
    <message>
        <source>measured: n too small</source>
        <translation>측정: 표본 부족</translation>
    </message>
</context>
<context>
    <name>omnimap::MapScene</name>
    <message>
        <source>Stage %1</source>
        <translation>단계 %1</translation>
    </message>
    <message>
        <source>Channel %1</source>
        <translation>채널 %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>항목 %n개 삭제</numerusform>
        </translation>
    </message>
    <message>
        <source>New touchpoint</source>
        <translation>새 접점</translation>
    </message>
    <message>
        <source>KPIs (%1): %2</source>
        <translation>KPI (%1): %2</translation>
    </message>
    <message>
        <source>About %1 simulated customers move along this hand-off</source>
        <translation>시뮬레이션 고객 약 %1명이 이 연결로 이동합니다</translation>
    </message>
    <message>
        <source>Reached by %1 % of the simulated customers</source>
        <translation>시뮬레이션 고객의 %1 %가 도달합니다</translation>
    </message>
    <message>
        <source>%1 % of them are lost at this stage</source>
        <translation>그중 %1 %가 이 단계에서 이탈합니다</translation>
    </message>
    <message>
        <source>&amp;Edit Title</source>
        <translation>제목 편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>속성(&amp;P)…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>복제(&amp;U)</translation>
    </message>
    <message>
        <source>Add &amp;Hand-off To</source>
        <translation>핸드오프 추가 대상(&amp;H)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Delete Hand-off</source>
        <translation>핸드오프 삭제(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Rename Stage</source>
        <translation>단계 이름 바꾸기(&amp;R)</translation>
    </message>
    <message>
        <source>Insert Stage &amp;Before</source>
        <translation>앞에 단계 삽입(&amp;B)</translation>
    </message>
    <message>
        <source>Insert Stage &amp;After</source>
        <translation>뒤에 단계 삽입(&amp;A)</translation>
    </message>
    <message>
        <source>Move &amp;Left</source>
        <translation>왼쪽으로 이동(&amp;L)</translation>
    </message>
    <message>
        <source>Move &amp;Right</source>
        <translation>오른쪽으로 이동(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete Stage</source>
        <translation>단계 삭제(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Rename Lane</source>
        <translation>레인 이름 바꾸기(&amp;R)</translation>
    </message>
    <message>
        <source>Add Lane &amp;Below</source>
        <translation>아래에 레인 추가(&amp;B)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>위로 이동(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>아래로 이동(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Remove Lane</source>
        <translation>레인 제거(&amp;R)</translation>
    </message>
    <message>
        <source>Add &amp;Touchpoint Here</source>
        <translation>여기에 터치포인트 추가(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Paste Here</source>
        <translation>여기에 붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <source>Open Persona “%1”</source>
        <translation>페르소나 “%1” 열기</translation>
    </message>
    <message>
        <source>Add &amp;Persona</source>
        <translation>페르소나 추가(&amp;P)</translation>
    </message>
    <message>
        <source>Add &amp;Stage</source>
        <translation>단계 추가(&amp;S)</translation>
    </message>
    <message>
        <source>Add &amp;Channel Lane</source>
        <translation>채널 레인 추가(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n card(s)</source>
        <translation>
            <numerusform>카드 %n개 복제</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%2 단계의 %1</translation>
    </message>
    <message>
        <source>As-is: %1 (from −5 to +5)</source>
        <translation>현재(As-is): %1 (−5부터 +5까지)</translation>
    </message>
    <message>
        <source>To-be: %1</source>
        <translation>목표(To-be): %1</translation>
    </message>
    <message>
        <source>Drag the point up or down to change it.</source>
        <translation>점을 위아래로 끌어 값을 바꿉니다.</translation>
    </message>
    <message>
        <source>Edit E&amp;xperiment…</source>
        <translation>실험 편집(&amp;X)…</translation>
    </message>
    <message>
        <source>Add E&amp;xperiment (A/B Test)…</source>
        <translation>실험(A/B 테스트) 추가(&amp;X)…</translation>
    </message>
</context>
<context>
    <name>omnimap::Merge</name>
    <message>
        <source>Project</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>채널</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>페르소나</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>여정</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>접점</translation>
    </message>
    <message>
        <source>Hand-off</source>
        <translation>핸드오프</translation>
    </message>
    <message>
        <source>Channel role</source>
        <translation>채널 역할</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Checklist template</source>
        <translation>체크리스트 템플릿</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>체크리스트</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>체크리스트 항목</translation>
    </message>
    <message>
        <source>Check result</source>
        <translation>점검 결과</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>캠페인</translation>
    </message>
    <message>
        <source>Planned action</source>
        <translation>계획된 실행 항목</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>시나리오</translation>
    </message>
    <message>
        <source>Data set</source>
        <translation>데이터 세트</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>댓글</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>%1 폴더를 만들 수 없습니다</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(삭제됨)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(설정 안 됨)</translation>
    </message>
    <message>
        <source>expected yes or no</source>
        <translation>yes 또는 no가 필요합니다</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>숫자가 필요합니다</translation>
    </message>
    <message>
        <source>expected JSON like the values shown</source>
        <translation>표시된 값과 같은 형식의 JSON이 필요합니다</translation>
    </message>
    <message>
        <source>order of %1 changed</source>
        <translation>%1의 순서가 바뀜</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>차이가 없습니다.</translation>
    </message>
    <message>
        <source>Journey %1:</source>
        <translation>여정 %1:</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>프로젝트:</translation>
    </message>
    <message>
        <source>merged plan</source>
        <translation>병합된 계획</translation>
    </message>
    <message>
        <source>the place of this conflict (%1) no longer exists; nothing was changed there</source>
        <translation>이 충돌의 위치(%1)가 더 이상 존재하지 않아 그곳에서는 아무것도 변경하지 않았습니다</translation>
    </message>
    <message>
        <source>Experiment variant</source>
        <translation>실험 변형</translation>
    </message>
    <message>
        <source>Recorded KPI measurement</source>
        <translation>기록된 KPI 측정값</translation>
    </message>
</context>
<context>
    <name>omnimap::MergeTools</name>
    <message>
        <source>Omnimap projects (*.omnimap)</source>
        <translation>Omnimap 프로젝트 (*.omnimap)</translation>
    </message>
    <message>
        <source>Add Comment</source>
        <translation>댓글 추가</translation>
    </message>
    <message>
        <source>Resolve Comment</source>
        <translation>댓글 해결</translation>
    </message>
    <message>
        <source>Reopen Comment</source>
        <translation>댓글 다시 열기</translation>
    </message>
    <message>
        <source>Change Review Status</source>
        <translation>검토 상태 변경</translation>
    </message>
    <message>
        <source>Cannot Open File</source>
        <translation>파일을 열 수 없음</translation>
    </message>
    <message>
        <source>Merge Not Applied</source>
        <translation>병합이 적용되지 않음</translation>
    </message>
    <message>
        <source>The chosen values do not make a valid plan:
%1</source>
        <translation>선택한 값으로는 올바른 계획을 만들 수 없습니다:
%1</translation>
    </message>
    <message>
        <source>Cannot Merge</source>
        <translation>병합할 수 없음</translation>
    </message>
    <message>
        <source>The merged plan could not be read back:
%1</source>
        <translation>병합된 계획을 다시 읽을 수 없습니다:
%1</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>병합</translation>
    </message>
    <message>
        <source>Merged without conflicts.</source>
        <translation>충돌 없이 병합했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Merged; %n conflict(s) resolved.</source>
        <translation>
            <numerusform>병합했습니다. 충돌 %n건을 해결했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>No Merge Conflicts</source>
        <translation>병합 충돌 없음</translation>
    </message>
    <message>
        <source>This plan has no unresolved merge conflicts.</source>
        <translation>이 계획에는 해결되지 않은 병합 충돌이 없습니다.</translation>
    </message>
    <message>
        <source>Resolve Merge Conflicts</source>
        <translation>병합 충돌 해결</translation>
    </message>
    <message>
        <source>Compare With</source>
        <translation>비교 대상</translation>
    </message>
    <message>
        <source>Changes from the Chosen File to This Plan</source>
        <translation>선택한 파일에서 이 계획으로의 변경 사항</translation>
    </message>
    <message>
        <source>Merge With</source>
        <translation>병합 대상</translation>
    </message>
    <message>
        <source>Choose the Version Both Copies Started From</source>
        <translation>두 사본의 공통 원본 버전 선택</translation>
    </message>
    <message>
        <source>Compare &amp;With…</source>
        <translation>비교 대상(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Merge With…</source>
        <translation>병합 대상(&amp;M)…</translation>
    </message>
    <message>
        <source>Resolve Merge &amp;Conflicts…</source>
        <translation>병합 충돌 해결(&amp;C)…</translation>
    </message>
    <message>
        <source>Comments &amp;&amp; Review</source>
        <translation>댓글 및 검토</translation>
    </message>
    <message>
        <source>This plan has unresolved merge conflicts.</source>
        <translation>이 계획에 해결되지 않은 병합 충돌이 있습니다.</translation>
    </message>
</context>
<context>
    <name>omnimap::OpenJourney</name>
    <message>
        <source>expected a string</source>
        <translation>문자열이 필요합니다</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>객체가 필요합니다</translation>
    </message>
    <message>
        <source>missing required field</source>
        <translation>필수 필드가 없습니다</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>배열이 필요합니다</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot;</source>
        <translation>ID &quot;%1&quot;이(가) 중복됩니다</translation>
    </message>
    <message>
        <source>no stage with id &quot;%1&quot;</source>
        <translation>ID가 &quot;%1&quot;인 단계가 없습니다</translation>
    </message>
    <message>
        <source>no swimlane with id &quot;%1&quot;</source>
        <translation>ID가 &quot;%1&quot;인 스윔레인이 없습니다</translation>
    </message>
    <message>
        <source>score %1 is outside -5 to 5; the emotion curve clamps it</source>
        <translation>점수 %1이(가) -5~5 범위를 벗어나 감정 곡선에서 범위 안으로 조정됩니다</translation>
    </message>
    <message>
        <source>the Omnimap extension cannot be used (%1); the map is imported from the OpenJourney data only</source>
        <translation>Omnimap 확장을 사용할 수 없어(%1) OpenJourney 데이터만으로 지도를 가져옵니다</translation>
    </message>
    <message>
        <source>expected one journey</source>
        <translation>여정이 하나여야 합니다</translation>
    </message>
    <message>
        <source>expected an OpenJourney object with stages, swimlanes and nodes</source>
        <translation>단계, 스윔레인, 노드를 포함한 OpenJourney 객체가 필요합니다</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>열 수 없습니다: %1</translation>
    </message>
    <message>
        <source>file is larger than %1 bytes</source>
        <translation>파일이 %1바이트보다 큽니다</translation>
    </message>
    <message>
        <source>Imported journey</source>
        <translation>가져온 여정</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>단계 %1</translation>
    </message>
    <message>
        <source>Lane %1</source>
        <translation>레인 %1</translation>
    </message>
    <message>
        <source>cannot serialise the project: %1</source>
        <translation>프로젝트를 직렬화할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>the imported project cannot be read back</source>
        <translation>가져온 프로젝트를 다시 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>the Omnimap extension would make an invalid project (%1); the map is imported from the OpenJourney data only</source>
        <translation>Omnimap 확장 데이터를 쓰면 올바르지 않은 프로젝트가 됩니다(%1). 지도는 OpenJourney 데이터만으로 가져옵니다</translation>
    </message>
    <message>
        <source>the imported project would be invalid at %1: %2</source>
        <translation>가져온 프로젝트가 %1에서 올바르지 않게 됩니다: %2</translation>
    </message>
</context>
<context>
    <name>omnimap::PersonaEditor</name>
    <message>
        <source>Choose a photo</source>
        <translation>사진 선택</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>채널</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>가중치</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>필드</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>속성</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>연산자</translation>
    </message>
    <message>
        <source>Values (comma-separated)</source>
        <translation>값(쉼표로 구분)</translation>
    </message>
    <message>
        <source>Cannot use this picture</source>
        <translation>이 사진을 사용할 수 없음</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
</context>
<context>
    <name>omnimap::PersonaFilterButton</name>
    <message>
        <source>Choose the personas drawn on this map (at most %1)</source>
        <translation>이 지도에 그릴 페르소나를 고릅니다 (최대 %1명)</translation>
    </message>
    <message>
        <source>Persona filter</source>
        <translation>페르소나 필터</translation>
    </message>
    <message>
        <source>No persona on this map</source>
        <translation>이 지도에 페르소나가 없습니다</translation>
    </message>
    <message>
        <source>Personas %1/%2</source>
        <translation>페르소나 %1/%2</translation>
    </message>
</context>
<context>
    <name>omnimap::PlanChecksView</name>
    <message>
        <source>Rules</source>
        <translation>규칙</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>규칙</translation>
    </message>
    <message>
        <source>✔ No problems found</source>
        <translation>✔ 발견된 문제 없음</translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s), %3 note(s)</source>
        <translation>오류 %1개, 경고 %2개, 참고 %3개</translation>
    </message>
</context>
<context>
    <name>omnimap::PlanPropertiesDialog</name>
    <message>
        <source>The plan needs a name.</source>
        <translation>플랜 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>Enter a three-letter ISO 4217 currency code, such as KRW or USD.</source>
        <translation>KRW나 USD처럼 세 글자 ISO 4217 통화 코드를 입력하세요.</translation>
    </message>
    <message>
        <source>Edit plan properties</source>
        <translation>플랜 속성 편집</translation>
    </message>
</context>
<context>
    <name>omnimap::PlanSetup</name>
    <message>
        <source>Plan &amp;Properties…</source>
        <translation>플랜 속성(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Brand…</source>
        <translation>브랜드(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Departments…</source>
        <translation>부서(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>omnimap::PlanTools</name>
    <message>
        <source>Role matrix</source>
        <translation>역할 매트릭스</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Brand checklists</source>
        <translation>브랜드 체크리스트</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>캠페인</translation>
    </message>
    <message>
        <source>Plan checks</source>
        <translation>계획 점검</translation>
    </message>
    <message>
        <source>Channel &amp;role matrix</source>
        <translation>채널 역할 매트릭스(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;KPIs</source>
        <translation>KPI(&amp;K)</translation>
    </message>
    <message>
        <source>Brand &amp;checklists</source>
        <translation>브랜드 체크리스트(&amp;C)</translation>
    </message>
    <message>
        <source>Campaign &amp;timeline</source>
        <translation>캠페인 타임라인(&amp;T)</translation>
    </message>
    <message>
        <source>Plan chec&amp;ks</source>
        <translation>계획 점검(&amp;K)</translation>
    </message>
    <message>
        <source>Apply role &amp;suggestions</source>
        <translation>역할 제안 적용(&amp;S)</translation>
    </message>
    <message>
        <source>Role suggestions applied; undo with Ctrl+Z.</source>
        <translation>역할 제안을 적용했습니다. Ctrl+Z로 실행 취소할 수 있습니다.</translation>
    </message>
    <message>
        <source>No cell left to suggest a role for.</source>
        <translation>역할을 제안할 셀이 남아 있지 않습니다.</translation>
    </message>
</context>
<context>
    <name>omnimap::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>환경 설정</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>모양(&amp;A):</translation>
    </message>
    <message>
        <source>System default follows your desktop, including its dark mode. The journey maps keep a light paper look in the light appearances and switch to dark paper on dark ones; printed and exported maps are always light.</source>
        <translation>시스템 기본값은 데스크톱 설정(다크 모드 포함)을 따릅니다. 여정 지도는 밝은 모양에서는 밝은 용지로, 어두운 모양에서는 어두운 용지로 보이며, 인쇄하거나 내보낸 지도는 항상 밝습니다.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>시스템 기본값</translation>
    </message>
</context>
<context>
    <name>omnimap::ProjectFile</name>
    <message>
        <source>cannot create a temporary file beside %1: %2</source>
        <translation>%1 옆에 임시 파일을 만들 수 없습니다: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>cannot replace %1: %2</source>
        <translation>%1을(를) 교체할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>cannot open %1 for writing: %2</source>
        <translation>%1을(를) 쓰기용으로 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>file is %1 bytes; the limit is %2 bytes</source>
        <translation>파일 크기가 %1바이트이며 한도는 %2바이트입니다</translation>
    </message>
    <message>
        <source>expected a JSON object (an Omnimap project)</source>
        <translation>JSON 객체(Omnimap 프로젝트)가 필요합니다</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>정수가 필요합니다</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>파일을 찾을 수 없습니다</translation>
    </message>
    <message>
        <source>is a folder, not a project file</source>
        <translation>프로젝트 파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>열 수 없습니다: %1</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>cannot serialise the project: %1</source>
        <translation>프로젝트를 직렬화할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>cannot read the current %1 to back it up; nothing was written</source>
        <translation>백업을 위해 현재 %1을(를) 읽을 수 없어 아무것도 쓰지 않았습니다</translation>
    </message>
    <message>
        <source>cannot write the backup, so the project was not saved: %1</source>
        <translation>백업을 쓸 수 없어 프로젝트를 저장하지 않았습니다: %1</translation>
    </message>
    <message>
        <source>the backup %1 did not read back identically; nothing was written</source>
        <translation>백업 %1을(를) 다시 읽은 내용이 원본과 달라 아무것도 쓰지 않았습니다</translation>
    </message>
    <message>
        <source>%1 did not read back identically after writing; the previous version was restored from %2</source>
        <translation>쓴 후 %1을(를) 다시 읽은 내용이 달라 %2에서 이전 버전을 복원했습니다</translation>
    </message>
    <message>
        <source>write refused</source>
        <translation>쓰기가 거부되었습니다</translation>
    </message>
    <message>
        <source>flush refused</source>
        <translation>디스크 기록이 거부되었습니다</translation>
    </message>
    <message>
        <source>rename refused</source>
        <translation>이름 바꾸기가 거부되었습니다</translation>
    </message>
    <message>
        <source>the picture of persona &quot;%1&quot; is not an embedded PNG or JPEG image of at most %2 KB (a file path from an older version?); it was not read and is left out — choose the image again in the persona editor</source>
        <translation>페르소나 &quot;%1&quot;의 사진이 프로젝트에 포함된 %2 KB 이하의 PNG 또는 JPEG 이미지가 아닙니다(이전 버전의 파일 경로일 수 있습니다). 사진을 읽지 않고 제외했습니다. 페르소나 편집기에서 사진을 다시 선택하세요</translation>
    </message>
    <message>
        <source>%1; the previous version was restored from %2</source>
        <translation>%1. 이전 버전을 %2에서 복원했습니다</translation>
    </message>
</context>
<context>
    <name>omnimap::RecoveryStore</name>
    <message>
        <source>cannot create the recovery folder %1</source>
        <translation>복구 폴더 %1을(를) 만들 수 없습니다</translation>
    </message>
</context>
<context>
    <name>omnimap::Report</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1(계속)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: attribution (%2): %3</source>
        <translation>%1: 기여도 분석(%2): %3</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: 폴더를 만들 수 없습니다</translation>
    </message>
    <message>
        <source>%1: no journey with id &quot;%2&quot;</source>
        <translation>%1: ID가 &quot;%2&quot;인 여정이 없습니다</translation>
    </message>
    <message>
        <source>%1: the map is too large for a picture at %2 dpi; choose a lower resolution</source>
        <translation>%1: 지도가 너무 커서 %2dpi 이미지로 만들 수 없습니다. 더 낮은 해상도를 선택하세요</translation>
    </message>
    <message>
        <source>%1: cannot encode PNG: %2</source>
        <translation>%1: PNG로 인코딩할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Journey map exported by Omnimap from &quot;%1&quot;</source>
        <translation>Omnimap에서 &quot;%1&quot;의 여정 지도를 내보냈습니다</translation>
    </message>
    <message>
        <source>%1: export cancelled</source>
        <translation>%1: 내보내기가 취소되었습니다</translation>
    </message>
    <message>
        <source>Omnimap journey plan · %1</source>
        <translation>Omnimap 여정 계획 · %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2페이지</translation>
    </message>
    <message>
        <source>Campaign — %1</source>
        <translation>캠페인 — %1</translation>
    </message>
    <message>
        <source>The campaign has no dates yet.</source>
        <translation>캠페인에 아직 기간이 없습니다.</translation>
    </message>
    <message>
        <source>Budget by channel — total %1</source>
        <translation>채널별 예산 — 합계 %1</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>캠페인</translation>
    </message>
    <message>
        <source>OMNICHANNEL JOURNEY PLAN</source>
        <translation>옴니채널 여정 계획</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>참여자</translation>
    </message>
    <message>
        <source>Tone of voice</source>
        <translation>보이스 톤</translation>
    </message>
    <message>
        <source>Campaign budget</source>
        <translation>캠페인 예산</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>목차</translation>
    </message>
    <message>
        <source>Prepared with Omnimap %1</source>
        <translation>Omnimap %1(으)로 작성</translation>
    </message>
    <message>
        <source>journeys</source>
        <translation>여정</translation>
    </message>
    <message>
        <source>touchpoints</source>
        <translation>접점</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>on track / at risk / off track</source>
        <translation>정상 / 위험 / 미달</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>한눈에 보기</translation>
    </message>
    <message>
        <source>KPI progress to target</source>
        <translation>KPI 목표 대비 진척도</translation>
    </message>
    <message>
        <source>Stage funnel</source>
        <translation>단계 퍼널</translation>
    </message>
    <message>
        <source>Customers with at least one event at each stage, measured on the data set (the dashboard&apos;s funnel).</source>
        <translation>단계마다 이벤트가 하나 이상 있는 고객 수를 데이터 세트에서 측정했습니다(대시보드의 퍼널).</translation>
    </message>
    <message>
        <source>%1 drop-off</source>
        <translation>%1 이탈</translation>
    </message>
    <message>
        <source>Bars run from the baseline (0 %) to the target (100 %): solid = simulated, outlined = measured.</source>
        <translation>막대는 기준값(0 %)에서 목표(100 %)까지입니다. 채워진 막대 = 시뮬레이션, 윤곽선 막대 = 측정값.</translation>
    </message>
    <message>
        <source>target</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>대시보드</translation>
    </message>
    <message>
        <source>Scenario comparison</source>
        <translation>시나리오 비교</translation>
    </message>
    <message>
        <source>The last simulation result of each what-if scenario, side by side.</source>
        <translation>각 가정(what-if) 시나리오의 마지막 시뮬레이션 결과를 나란히 표시합니다.</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>정상</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>위험</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>미달</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>데이터 없음</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1일</translation>
    </message>
    <message>
        <source>Whole project</source>
        <translation>프로젝트 전체</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>심각도</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>발견 사항</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>참고</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>%1 more findings are listed in the app&apos;s problems panel.</source>
        <translation>나머지 점검 결과 %1건은 앱의 문제 패널에 있습니다.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No findings: the plan passed every check.</source>
        <translation>발견 사항 없음: 계획이 모든 점검을 통과했습니다.</translation>
    </message>
    <message>
        <source>Appendix: findings</source>
        <translation>부록: 발견 사항</translation>
    </message>
    <message>
        <source>Appendix</source>
        <translation>부록</translation>
    </message>
    <message>
        <source>Problems found by the plan checks (references and consistency rules) when the report was made.</source>
        <translation>보고서 작성 시점에 계획 점검(참조 및 일관성 규칙)에서 발견된 문제입니다.</translation>
    </message>
    <message>
        <source>Journey: %1</source>
        <translation>여정: %1</translation>
    </message>
    <message>
        <source>part %1 of %2</source>
        <translation>%2개 중 %1번째 부분</translation>
    </message>
    <message>
        <source>Journey map — %1</source>
        <translation>여정 지도 — %1</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>채널</translation>
    </message>
    <message>
        <source>● Primary</source>
        <translation>● 주요</translation>
    </message>
    <message>
        <source>○ Supporting</source>
        <translation>○ 보조</translation>
    </message>
    <message>
        <source>Journey maps</source>
        <translation>여정 지도</translation>
    </message>
    <message>
        <source>Channel roles — %1</source>
        <translation>채널 역할 — %1</translation>
    </message>
    <message>
        <source>Channel roles — %1 (stages %2–%3)</source>
        <translation>채널 역할 — %1 (단계 %2–%3)</translation>
    </message>
    <message>
        <source>What each channel does at each stage of the journey: the primary channel leads, supporting channels assist.</source>
        <translation>여정의 각 단계에서 각 채널이 하는 일: 주요 채널이 주도하고 보조 채널이 지원합니다.</translation>
    </message>
    <message>
        <source>↑ higher is better</source>
        <translation>↑ 높을수록 좋음</translation>
    </message>
    <message>
        <source>↓ lower is better</source>
        <translation>↓ 낮을수록 좋음</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>범위</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>기준값</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>측정값</translation>
    </message>
    <message>
        <source>Simulated</source>
        <translation>시뮬레이션값</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>KPIs and targets</source>
        <translation>KPI 및 목표</translation>
    </message>
    <message>
        <source>Baseline, target, the value measured on the data set and the value simulated for the plan. Status compares the simulated value (else the measured one) with the target.</source>
        <translation>기준값, 목표, 데이터 세트에서 측정한 값, 계획에 대해 시뮬레이션한 값입니다. 상태는 시뮬레이션 값(없으면 측정값)을 목표와 비교합니다.</translation>
    </message>
    <message>
        <source>Status markers: ● circle on track · ▲ triangle at risk (within 10 % of target) · ■ square off track · ○ ring no value yet.</source>
        <translation>상태 표시: ● 원 정상 · ▲ 삼각형 위험(목표의 10 % 이내) · ■ 사각형 미달 · ○ 고리 아직 값 없음.</translation>
    </message>
    <message>
        <source>Brand checklists</source>
        <translation>브랜드 체크리스트</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>✓ Pass</source>
        <translation>✓ 통과</translation>
    </message>
    <message>
        <source>✗ Fail</source>
        <translation>✗ 실패</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>해당 없음</translation>
    </message>
    <message>
        <source>Score (pass ÷ decided)</source>
        <translation>점수(통과 ÷ 판정)</translation>
    </message>
    <message>
        <source>Overall %1 %</source>
        <translation>종합 %1 %</translation>
    </message>
    <message>
        <source>Overall: not reviewed</source>
        <translation>종합: 검토 안 됨</translation>
    </message>
    <message>
        <source>Checklist — %1</source>
        <translation>체크리스트 — %1</translation>
    </message>
    <message>
        <source>Each item reviewed per channel. Cells carry a word as well as a colour.</source>
        <translation>각 항목을 채널별로 검토했습니다. 셀에는 색상과 함께 문구도 표시됩니다.</translation>
    </message>
    <message>
        <source>Score markers: ● 90 % or more · ▲ 70–89 % · ■ below 70 % · ○ not reviewed.</source>
        <translation>점수 표시: ● 90 % 이상 · ▲ 70–89 % · ■ 70 % 미만 · ○ 검토 안 됨.</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>프로필</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>연령</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>성별</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>직업</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>소득</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>사용 기기</translation>
    </message>
    <message>
        <source>PREFERRED CHANNELS</source>
        <translation>선호 채널</translation>
    </message>
    <message>
        <source>SCENARIO</source>
        <translation>시나리오</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Motivations</source>
        <translation>동기</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>불편 사항(페인 포인트)</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>페르소나</translation>
    </message>
    <message>
        <source>First touch</source>
        <translation>첫 접점</translation>
    </message>
    <message>
        <source>Last touch</source>
        <translation>마지막 접점</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>선형</translation>
    </message>
    <message>
        <source>Time decay</source>
        <translation>시간 감쇠</translation>
    </message>
    <message>
        <source>Position-based</source>
        <translation>위치 기반</translation>
    </message>
    <message>
        <source>Markov (removal effect)</source>
        <translation>마르코프(제거 효과)</translation>
    </message>
    <message>
        <source>order %1: %2</source>
        <translation>차수 %1: %2</translation>
    </message>
    <message>
        <source>Markov order %1, chosen by %2-fold cross-validation over the journeys: it has the highest held-out log-likelihood per journey (%3).</source>
        <translation>마르코프 차수 %1: 여정에 대한 %2겹 교차 검증에서 여정당 검증 로그 우도가 가장 높아 선택되었습니다(%3).</translation>
    </message>
    <message>
        <source>Markov order %1.</source>
        <translation>마르코프 차수 %1.</translation>
    </message>
    <message>
        <source>Repeated touches of a channel count once.</source>
        <translation>같은 채널의 연속 접점은 한 번으로 계산합니다.</translation>
    </message>
    <message>
        <source>Every touch counts as it happened.</source>
        <translation>모든 접점을 일어난 그대로 계산합니다.</translation>
    </message>
    <message>
        <source>%1: no two channels&apos; intervals overlap.</source>
        <translation>%1: 구간이 겹치는 채널이 없습니다.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: indistinguishable (intervals overlap): %2.</source>
        <translation>%1: 구별할 수 없음(구간이 겹침): %2.</translation>
    </message>
    <message>
        <source>Attribution by model</source>
        <translation>모델별 기여도 분석</translation>
    </message>
    <message>
        <source>attributed conversions; whiskers: 90 % bootstrap intervals</source>
        <translation>기여 전환 수, 오차 막대: 부트스트랩 90 % 구간</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>기여도</translation>
    </message>
    <message>
        <source>Intervals: 90 % percentile intervals from %1 bootstrap replicates of the journeys.</source>
        <translation>구간: 여정을 %1회 부트스트랩 재표집한 90 % 백분위 구간.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>전환</translation>
    </message>
    <message>
        <source>90 % interval</source>
        <translation>90 % 구간</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Removal effect</source>
        <translation>제거 효과</translation>
    </message>
    <message>
        <source>Attribution table</source>
        <translation>기여도 표</translation>
    </message>
    <message>
        <source>%1: cannot make a safe file name for journey &quot;%2&quot;</source>
        <translation>%1: 여정 &quot;%2&quot;의 안전한 파일 이름을 만들 수 없습니다</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>페르소나</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>여정</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>예산</translation>
    </message>
    <message>
        <source>%1 of %2 cards match</source>
        <translation>카드 %2개 중 %1개가 맞습니다</translation>
    </message>
    <message>
        <source>No card matches</source>
        <translation>맞는 카드가 없습니다</translation>
    </message>
    <message>
        <source>All cards</source>
        <translation>모든 카드</translation>
    </message>
    <message>
        <source>Omnimap journey plan</source>
        <translation>Omnimap 여정 계획</translation>
    </message>
    <message>
        <source>Made with Omnimap. This page works offline and sends nothing anywhere.</source>
        <translation>Omnimap으로 만들었습니다. 이 페이지는 오프라인에서 동작하며 어디에도 아무것도 보내지 않습니다.</translation>
    </message>
    <message>
        <source>Search cards</source>
        <translation>카드 검색</translation>
    </message>
    <message>
        <source>All personas</source>
        <translation>모든 페르소나</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>확대</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>축소</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>전체 보기</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>결정적 순간</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>프로모션</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>감정</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>담당</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>표시</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Preferred channels</source>
        <translation>선호 채널</translation>
    </message>
    <message>
        <source>Poster</source>
        <translation>포스터</translation>
    </message>
    <message>
        <source>Journey map overview — %1</source>
        <translation>여정 지도 개요 — %1</translation>
    </message>
    <message>
        <source>Not to scale: the map follows in %1 parts at a readable size</source>
        <translation>축척 없음: 이어지는 %1개 부분에 읽을 수 있는 크기로 나옵니다</translation>
    </message>
    <message>
        <source>%1 →</source>
        <translation>%1 →</translation>
    </message>
    <message>
        <source>↓ %1</source>
        <translation>↓ %1</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>일별</translation>
    </message>
    <message>
        <source>per ISO week (Monday to Sunday)</source>
        <translation>ISO 주별(월요일~일요일)</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>월별</translation>
    </message>
    <message>
        <source>KPIs over time</source>
        <translation>기간별 KPI</translation>
    </message>
    <message>
        <source>Each bound KPI measured on the data set %1, in UTC; the dashed line is the target, shaded bands are the campaigns&apos; dates.</source>
        <translation>데이터 세트에 연결된 각 KPI를 UTC 기준 %1로 측정했습니다. 점선은 목표, 음영 띠는 캠페인 기간입니다.</translation>
    </message>
    <message>
        <source>Channel flow</source>
        <translation>채널 흐름</translation>
    </message>
    <message>
        <source>Moves from channel to channel in the customers&apos; journeys, measured on the data set (the dashboard&apos;s channel flow): where journeys start, which channel follows which, where they end.</source>
        <translation>고객 여정에서 채널과 채널 사이의 이동을 데이터 세트로 측정한 값입니다(대시보드의 채널 흐름). 여정이 어디서 시작하고, 어느 채널 다음에 어느 채널이 오며, 어디서 끝나는지 보여 줍니다.</translation>
    </message>
    <message>
        <source>Largest moves</source>
        <translation>가장 큰 이동</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>출발 → 도착</translation>
    </message>
    <message>
        <source>Moves</source>
        <translation>이동 횟수</translation>
    </message>
    <message>
        <source>Share of the moves from there</source>
        <translation>출발 지점 이동 중 비율</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1%p</translation>
    </message>
    <message>
        <source>95 %: %1 … %2</source>
        <translation>95 %: %1 … %2</translation>
    </message>
    <message>
        <source>Campaign effect</source>
        <translation>캠페인 효과</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>During</source>
        <translation>기간 중</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>차이</translation>
    </message>
    <message>
        <source>Difference-in-differences</source>
        <translation>이중차분</translation>
    </message>
    <message>
        <source>%1 to %2 (%3 days) against %4 to %5, on the data set&apos;s events (UTC).</source>
        <translation>%1부터 %2까지(%3일)를 %4부터 %5까지와 비교, 데이터 세트의 이벤트 기준(UTC).</translation>
    </message>
    <message>
        <source>Difference-in-differences: the change of the treated (%1) minus the change of %2.</source>
        <translation>이중차분: 처치 집단(%1)의 변화에서 %2의 변화를 뺀 값.</translation>
    </message>
    <message>
        <source>Campaign effect — %1</source>
        <translation>캠페인 효과 — %1</translation>
    </message>
    <message>
        <source>Intervals are 95 %: rates by Newcombe&apos;s score method, counts and other ratios as Poisson; difference-in-differences by the normal approximation. Bold: the interval excludes zero.</source>
        <translation>구간은 95 %입니다: 비율은 Newcombe 점수 방법, 건수와 그 밖의 비는 포아송, 이중차분은 정규 근사로 계산합니다. 굵은 글씨: 구간이 0을 포함하지 않습니다.</translation>
    </message>
    <message>
        <source>Customer feedback</source>
        <translation>고객 피드백</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>계획</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95 % 구간</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CSAT %</source>
        <translation>CSAT %</translation>
    </message>
    <message>
        <source>What low scores say</source>
        <translation>낮은 점수의 의견</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>n too small</source>
        <translation>표본 부족</translation>
    </message>
    <message>
        <source>Customer feedback in the data set mapped onto the map&apos;s emotion scale (−5 … +5): NPS 0–10, CSAT and ratings 1–5, CES 1–7. A stage is measured from %1 scores on; below that it says &quot;n too small&quot;. Planned: the mean of the personas&apos; as-is emotion.</source>
        <translation>데이터 세트의 고객 피드백을 지도의 감정 척도(−5 … +5)로 옮긴 값입니다: NPS 0–10, CSAT와 평점 1–5, CES 1–7. 점수가 %1개 이상인 단계만 측정하며, 그보다 적으면 &quot;표본 부족&quot;으로 표시합니다. 계획: 페르소나들의 현재(as-is) 감정 평균.</translation>
    </message>
    <message>
        <source>Feedback: %1</source>
        <translation>피드백: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n journey(s)</source>
        <translation>
            <numerusform>여정 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n persona(s)</source>
        <translation>
            <numerusform>페르소나 %n명</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n KPI(s)</source>
        <translation>
            <numerusform>KPI %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s)</source>
        <translation>
            <numerusform>캠페인 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Conversion rate, baseline</source>
        <translation>전환율, 기준</translation>
    </message>
    <message>
        <source>Conversion rate, scenario</source>
        <translation>전환율, 시나리오</translation>
    </message>
    <message>
        <source>Difference (percentage points)</source>
        <translation>차이(%p)</translation>
    </message>
    <message>
        <source>95 % interval, scenario</source>
        <translation>95% 구간, 시나리오</translation>
    </message>
    <message>
        <source>Conversions, baseline</source>
        <translation>전환 수, 기준</translation>
    </message>
    <message>
        <source>Conversions, scenario</source>
        <translation>전환 수, 시나리오</translation>
    </message>
    <message>
        <source>Revenue per customer, baseline</source>
        <translation>고객당 매출, 기준</translation>
    </message>
    <message>
        <source>Revenue per customer, scenario</source>
        <translation>고객당 매출, 시나리오</translation>
    </message>
    <message>
        <source>Days to convert, scenario</source>
        <translation>전환까지 일수, 시나리오</translation>
    </message>
    <message>
        <source>Simulated customers</source>
        <translation>시뮬레이션 고객 수</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>지표</translation>
    </message>
</context>
<context>
    <name>omnimap::ReportOptionsDialog</name>
    <message>
        <source>Export Options</source>
        <translation>내보내기 옵션</translation>
    </message>
    <message>
        <source>All journeys</source>
        <translation>전체 여정</translation>
    </message>
    <message>
        <source>&amp;Journey:</source>
        <translation>여정(&amp;J):</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>용지(&amp;P):</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>PNG &amp;resolution:</source>
        <translation>PNG 해상도(&amp;R):</translation>
    </message>
    <message>
        <source>Add a byte-order mark (for spreadsheet apps)</source>
        <translation>바이트 순서 표시(BOM) 추가(스프레드시트 앱용)</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>방향(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Map pages:</source>
        <translation>지도 페이지(&amp;M):</translation>
    </message>
    <message>
        <source>A3</source>
        <translation>A3</translation>
    </message>
    <message>
        <source>A2</source>
        <translation>A2</translation>
    </message>
    <message>
        <source>Tabloid (11 × 17 in)</source>
        <translation>타블로이드 (11 × 17 in)</translation>
    </message>
    <message>
        <source>Automatic (turn with the map)</source>
        <translation>자동 (지도 모양에 맞춤)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>세로</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>가로</translation>
    </message>
    <message>
        <source>Automatic: one page if legible, else readable parts</source>
        <translation>자동: 읽을 수 있으면 한 페이지, 아니면 읽기 좋은 여러 부분</translation>
    </message>
    <message>
        <source>Overview: whole map on one page</source>
        <translation>개요: 지도 전체를 한 페이지에</translation>
    </message>
    <message>
        <source>Poster: whole map on one large page</source>
        <translation>포스터: 지도 전체를 큰 페이지 한 장에</translation>
    </message>
    <message>
        <source>Card text stays at 7 pt or larger: a map too big for one page comes as an overview and numbered parts with the lane and stage headers repeated.</source>
        <translation>카드 글자는 7pt 이상으로 유지됩니다. 한 페이지에 다 들어가지 않는 지도는 개요와 번호가 붙은 부분으로 나뉘고, 부분마다 레인과 단계 머리글이 다시 나옵니다.</translation>
    </message>
    <message>
        <source>The whole map on one page: on a large map the card text gets too small to read.</source>
        <translation>지도 전체를 한 페이지에 넣습니다. 큰 지도에서는 카드 글자가 읽기 어려울 만큼 작아집니다.</translation>
    </message>
    <message>
        <source>The whole map at screen size on one page of A3 to A0 (or larger), for a plotter or a print shop.</source>
        <translation>지도 전체를 화면 크기 그대로 A3~A0(또는 그보다 큰) 페이지 한 장에 넣습니다. 플로터나 인쇄소용입니다.</translation>
    </message>
</context>
<context>
    <name>omnimap::RoleMatrixEditor</name>
    <message>
        <source>Journey</source>
        <translation>여정</translation>
    </message>
    <message>
        <source>Apply &amp;suggestions</source>
        <translation>제안 적용(&amp;S)</translation>
    </message>
    <message>
        <source>Fill the cells you have not set with the roles channels usually play: social and ads for awareness, web and app for consideration and purchase, the store for the experience, e-mail, push and Kakao for retention, the call centre for service.</source>
        <translation>설정하지 않은 셀을 채널이 일반적으로 맡는 역할로 채웁니다: 인지에는 소셜과 광고, 고려와 구매에는 웹과 앱, 체험에는 매장, 유지에는 이메일·푸시·카카오톡, 서비스에는 콜센터.</translation>
    </message>
    <message>
        <source>Journey:</source>
        <translation>여정:</translation>
    </message>
    <message>
        <source>What the channel does at this stage</source>
        <translation>이 단계에서 채널이 하는 일</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>목적(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>담당(&amp;O):</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(담당 없음)</translation>
    </message>
    <message>
        <source>Apply role suggestions</source>
        <translation>역할 제안 적용</translation>
    </message>
    <message>
        <source>%1 at “%2”</source>
        <translation>“%2” 단계의 %1</translation>
    </message>
    <message>
        <source>Select a cell to set its purpose and owner.</source>
        <translation>목적과 담당을 설정하려면 셀을 선택하세요.</translation>
    </message>
</context>
<context>
    <name>omnimap::RoleMatrixModel</name>
    <message>
        <source>Primary</source>
        <translation>주요</translation>
    </message>
    <message>
        <source>Supporting</source>
        <translation>보조</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>담당: %1</translation>
    </message>
</context>
<context>
    <name>omnimap::StageEmotions</name>
    <message>
        <source>No persona on this map yet: check one under the journey&apos;s properties.</source>
        <translation>이 지도에는 아직 페르소나가 없습니다. 여정 속성에서 페르소나를 체크하세요.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Emotion&lt;/b&gt; (as-is · to-be)</source>
        <translation>&lt;b&gt;감정&lt;/b&gt; (현재 · 목표)</translation>
    </message>
    <message>
        <source>To-be: the experience the plan aims for</source>
        <translation>목표(to-be): 플랜이 지향하는 경험</translation>
    </message>
    <message>
        <source>As-is: the experience today</source>
        <translation>현재(as-is): 지금의 경험</translation>
    </message>
</context>
<context>
    <name>omnimap::ThirdParty</name>
    <message>
        <source>Application framework: windows, charts, SVG, printing</source>
        <translation>애플리케이션 프레임워크: 창, 차트, SVG, 인쇄</translation>
    </message>
    <message>
        <source>Reading and writing project files</source>
        <translation>프로젝트 파일 읽기 및 쓰기</translation>
    </message>
    <message>
        <source>The local customer data set</source>
        <translation>로컬 고객 데이터 세트</translation>
    </message>
    <message>
        <source>Korean and Latin text on screen and in PDF exports</source>
        <translation>화면과 PDF 내보내기의 한글 및 영문 텍스트</translation>
    </message>
    <message>
        <source>Example journey maps for import and export</source>
        <translation>가져오기와 내보내기용 예제 여정 지도</translation>
    </message>
</context>
<context>
    <name>omnimap::TimelineCanvas</name>
    <message>
        <source>Campaign timeline</source>
        <translation>캠페인 타임라인</translation>
    </message>
    <message>
        <source>(no channel)</source>
        <translation>(채널 없음)</translation>
    </message>
    <message>
        <source>Give the campaign a start and an end date to see its timeline.</source>
        <translation>타임라인을 보려면 캠페인에 시작일과 종료일을 지정하세요.</translation>
    </message>
</context>
<context>
    <name>omnimap::TouchpointPlanFields</name>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Supporting</source>
        <translation>보조</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>주요</translation>
    </message>
    <message>
        <source>What this channel does at this stage (the role matrix&apos;s cell)</source>
        <translation>이 단계에서 이 채널이 하는 일 (역할 매트릭스의 칸)</translation>
    </message>
    <message>
        <source>Channel &amp;role here</source>
        <translation>이 단계의 채널 역할(&amp;R)</translation>
    </message>
    <message>
        <source>e.g. the store gives the experience</source>
        <translation>예: 매장은 경험을 제공합니다</translation>
    </message>
    <message>
        <source>P&amp;urpose</source>
        <translation>목적(&amp;U)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(설정 안 됨)</translation>
    </message>
    <message>
        <source>Co&amp;st</source>
        <translation>비용(&amp;S)</translation>
    </message>
    <message>
        <source>Creative, copy, screens… one per line</source>
        <translation>크리에이티브, 카피, 화면… 한 줄에 하나씩</translation>
    </message>
    <message>
        <source>&amp;Assets</source>
        <translation>소재(&amp;A)</translation>
    </message>
    <message>
        <source>Comma-separated</source>
        <translation>쉼표로 구분</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>태그(&amp;G)</translation>
    </message>
    <message>
        <source>Check the KPIs that measure this touchpoint</source>
        <translation>이 접점을 측정하는 KPI를 체크하세요</translation>
    </message>
    <message>
        <source>Measured &amp;by</source>
        <translation>측정 KPI(&amp;B)</translation>
    </message>
    <message>
        <source>Measure touchpoint by KPI</source>
        <translation>KPI로 접점 측정</translation>
    </message>
    <message>
        <source>Stop measuring touchpoint by KPI</source>
        <translation>KPI의 접점 측정 해제</translation>
    </message>
    <message>
        <source>No KPI yet (Plan ▸ KPIs)</source>
        <translation>아직 KPI가 없습니다 (플랜 ▸ KPI)</translation>
    </message>
</context>
<context>
    <name>omnimap::TrendChart</name>
    <message>
        <source>The data set has no events in this range.</source>
        <translation>이 기간에는 데이터 세트에 이벤트가 없습니다.</translation>
    </message>
    <message>
        <source>No period could be measured: %1</source>
        <translation>측정할 수 있는 기간이 없습니다: %1</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>데이터 없음</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>목표 %1</translation>
    </message>
    <message>
        <source>● measured · ○ partial period · × no data</source>
        <translation>● 측정값 · ○ 기간 일부 · × 데이터 없음</translation>
    </message>
</context>
<context>
    <name>omnimap::UserIdentityDialog</name>
    <message>
        <source>Who Is Working on This Plan?</source>
        <translation>이 계획을 작업하는 사람은 누구입니까?</translation>
    </message>
    <message>
        <source>Your name and department are shown on your comments and reviews, so other departments know who to ask.</source>
        <translation>이름과 부서가 댓글과 검토에 표시되어 다른 부서에서 누구에게 문의할지 알 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>부서(&amp;D):</translation>
    </message>
</context>
<context>
    <name>omnimap::Validation</name>
    <message>
        <source>duplicate id &quot;%1&quot; (first used at %2); every item needs its own id</source>
        <translation>ID &quot;%1&quot;이(가) 중복됩니다(처음 사용 위치: %2). 모든 항목에는 고유한 ID가 필요합니다</translation>
    </message>
    <message>
        <source>department</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>채널</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>페르소나</translation>
    </message>
    <message>
        <source>journey</source>
        <translation>여정</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>touchpoint</source>
        <translation>접점</translation>
    </message>
    <message>
        <source>channel lane of this journey</source>
        <translation>이 여정의 채널 레인</translation>
    </message>
    <message>
        <source>checklist template</source>
        <translation>체크리스트 템플릿</translation>
    </message>
    <message>
        <source>checklist item</source>
        <translation>체크리스트 항목</translation>
    </message>
    <message>
        <source>item</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>missing reference to a %1</source>
        <translation>%1에 대한 참조가 없습니다</translation>
    </message>
    <message>
        <source>refers to %1 &quot;%2&quot;, which does not exist</source>
        <translation>존재하지 않는 %1 &quot;%2&quot;을(를) 참조합니다</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
</context>
<context>
    <name>omnimap::insight::ChartPanel</name>
    <message>
        <source>Copy or save this chart</source>
        <translation>이 차트 복사 또는 저장</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>이미지 복사</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>PNG로 저장…</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>SVG로 저장…</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 드로잉 (*.svg)</translation>
    </message>
</context>
<context>
    <name>omnimap::insight::Charts</name>
    <message>
        <source>Reached the stage</source>
        <translation>단계 도달</translation>
    </message>
    <message>
        <source>Lost since the previous stage</source>
        <translation>이전 단계 이후 이탈</translation>
    </message>
    <message>
        <source>%1 (−%2)</source>
        <translation>%1(−%2)</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>채널</translation>
    </message>
    <message>
        <source>attributed conversions</source>
        <translation>기여 전환</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>전환</translation>
    </message>
    <message>
        <source>days from first touch to conversion</source>
        <translation>첫 접점부터 전환까지 일수</translation>
    </message>
    <message>
        <source>conversions</source>
        <translation>전환</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>customers reaching the stage (%)</source>
        <translation>단계 도달 고객(%)</translation>
    </message>
    <message>
        <source>90 % interval: %1 – %2</source>
        <translation>90 % 구간: %1 – %2</translation>
    </message>
</context>
<context>
    <name>omnimap::insight::DashboardWidget</name>
    <message>
        <source>All dates</source>
        <translation>전체 기간</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>여정</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>페르소나</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>Compute the charts again (F5)</source>
        <translation>차트 다시 계산(F5)</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>여정</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>전환</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>전환율</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>매출</translation>
    </message>
    <message>
        <source>Median days to convert</source>
        <translation>전환까지 일수(중앙값)</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>경로</translation>
    </message>
    <message>
        <source>Conv. rate</source>
        <translation>전환율</translation>
    </message>
    <message>
        <source>Stage funnel</source>
        <translation>단계 퍼널</translation>
    </message>
    <message>
        <source>Channel flow</source>
        <translation>채널 흐름</translation>
    </message>
    <message>
        <source>moves between consecutive touches</source>
        <translation>연속된 접점 사이의 이동</translation>
    </message>
    <message>
        <source>Attribution by model</source>
        <translation>모델별 기여도 분석</translation>
    </message>
    <message>
        <source>KPI status</source>
        <translation>KPI 상태</translation>
    </message>
    <message>
        <source>measured on the data set</source>
        <translation>데이터 세트에서 측정</translation>
    </message>
    <message>
        <source>Time to convert</source>
        <translation>전환 소요 시간</translation>
    </message>
    <message>
        <source>Top paths</source>
        <translation>상위 경로</translation>
    </message>
    <message>
        <source>Models ▾</source>
        <translation>모델 ▾</translation>
    </message>
    <message>
        <source>Choose the attribution models to compare</source>
        <translation>비교할 기여도 분석 모델 선택</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>전체 고객</translation>
    </message>
    <message>
        <source>Open a data set (Data ▸ Open data set…) to see the charts.</source>
        <translation>차트를 보려면 데이터 세트를 여세요(데이터 ▸ 데이터 세트 열기…).</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>계산 중…</translation>
    </message>
    <message>
        <source>Could not compute the charts: %1</source>
        <translation>차트를 계산할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Data set %1 · %2 distinct paths</source>
        <translation>데이터 세트 %1 · 고유 경로 %2개</translation>
    </message>
    <message>
        <source>mean %1 d · median %2 d · 90 % within %3 d</source>
        <translation>평균 %1일 · 중앙값 %2일 · 90 %가 %3일 이내</translation>
    </message>
    <message>
        <source>by journeys, of %1</source>
        <translation>여정 기준, 전체 %1</translation>
    </message>
    <message>
        <source>d</source>
        <translation>일</translation>
    </message>
    <message>
        <source>no data binding</source>
        <translation>데이터 연결 없음</translation>
    </message>
    <message>
        <source>Markov ▾</source>
        <translation>마르코프 ▾</translation>
    </message>
    <message>
        <source>Choose the Markov model&apos;s order and how it counts repeated touches</source>
        <translation>마르코프 모델의 차수와 반복 접점 계산 방식을 고릅니다</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>차수 %1</translation>
    </message>
    <message>
        <source>Choose the order by cross-validation</source>
        <translation>교차 검증으로 차수 선택</translation>
    </message>
    <message>
        <source>Count repeated touches once (older variant)</source>
        <translation>반복 접점을 한 번으로 계산(이전 방식)</translation>
    </message>
    <message>
        <source>Markov order %1, chosen by %2-fold cross-validation: the highest held-out log-likelihood per journey (orders 1–%3: %4)</source>
        <translation>마르코프 차수 %1: %2겹 교차 검증에서 여정당 검증 로그 우도가 가장 높음(차수 1–%3: %4)</translation>
    </message>
    <message>
        <source>Markov order %1</source>
        <translation>마르코프 차수 %1</translation>
    </message>
    <message>
        <source>repeated touches counted once</source>
        <translation>반복 접점은 한 번으로 계산</translation>
    </message>
    <message>
        <source>every touch counted</source>
        <translation>모든 접점 계산</translation>
    </message>
    <message>
        <source>whiskers: 90 % intervals from %1 bootstrap replicates</source>
        <translation>오차 막대: 부트스트랩 반복 %1회의 90 % 구간</translation>
    </message>
    <message>
        <source>Warehouse %1 · %2 distinct paths, computed by the warehouse</source>
        <translation>웨어하우스 %1 · 고유 경로 %2개, 웨어하우스에서 계산</translation>
    </message>
    <message>
        <source>Cancelled; the warehouse stopped the query too. Change a filter or press Refresh to ask again.</source>
        <translation>취소했습니다. 웨어하우스의 쿼리도 멈췄습니다. 다시 요청하려면 필터를 바꾸거나 새로 고침을 누르세요.</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>일별</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>주별</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>월별</translation>
    </message>
    <message>
        <source>Period of the KPI trends: days, ISO weeks (Monday to Sunday) or months, in UTC</source>
        <translation>KPI 추이의 기간 단위: 일, ISO 주(월요일~일요일) 또는 월, UTC 기준</translation>
    </message>
    <message>
        <source>KPIs over time</source>
        <translation>기간별 KPI</translation>
    </message>
    <message>
        <source>each bound KPI per period; dashed: target; shaded: campaign dates</source>
        <translation>연결된 KPI를 기간별로 표시 · 점선: 목표 · 음영: 캠페인 기간</translation>
    </message>
    <message>
        <source>No KPI is bound to the data set: bind one in the KPI table (Data binding…) to see it over time.</source>
        <translation>데이터 세트에 연결된 KPI가 없습니다. 기간별 추이를 보려면 KPI 표에서 연결하세요(데이터 연결…).</translation>
    </message>
    <message>
        <source>Record these values</source>
        <translation>이 값 기록</translation>
    </message>
    <message>
        <source>Record each KPI&apos;s value of its last complete period into the plan&apos;s KPI history (one undo step; see Plan ▸ KPIs › History…)</source>
        <translation>각 KPI의 마지막 완전한 기간 값을 계획의 KPI 측정 기록에 저장합니다(실행 취소 한 번; 계획 ▸ KPI › 기록… 참고)</translation>
    </message>
    <message>
        <source>No KPI has a measured period to record.</source>
        <translation>기록할 측정 기간이 있는 KPI가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n KPI value(s) into the plan&apos;s history (Edit ▸ Undo takes them back).</source>
        <translation>
            <numerusform>KPI 값 %n개를 계획의 기록에 저장했습니다(편집 ▸ 실행 취소로 되돌릴 수 있습니다).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omnimap::insight::DataSetsDock</name>
    <message>
        <source>Data sets</source>
        <translation>데이터 세트</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>새로 만들기…</translation>
    </message>
    <message>
        <source>Create an empty data set file</source>
        <translation>빈 데이터 세트 파일 만들기</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>열기…</translation>
    </message>
    <message>
        <source>Open a data set file</source>
        <translation>데이터 세트 파일 열기</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV 가져오기…</translation>
    </message>
    <message>
        <source>Import customer events into the open data set</source>
        <translation>열린 데이터 세트로 고객 이벤트 가져오기</translation>
    </message>
    <message>
        <source>Sample…</source>
        <translation>샘플…</translation>
    </message>
    <message>
        <source>Fill the open data set with generated sample customers</source>
        <translation>열린 데이터 세트를 생성된 샘플 고객으로 채우기</translation>
    </message>
    <message>
        <source>Data sets this project was checked against; double-click to open</source>
        <translation>이 프로젝트를 점검한 데이터 세트입니다. 두 번 클릭하면 열립니다</translation>
    </message>
    <message>
        <source>Found in data set %1</source>
        <translation>데이터 세트 %1에서 발견됨</translation>
    </message>
    <message numerus="yes">
        <source>Added %n channel(s) to the plan.</source>
        <translation>
            <numerusform>계획에 채널 %n개를 추가했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;i&gt;No data set open.&lt;/i&gt; Create one, open one, or generate sample customers to see funnels, flows and attribution for this plan.</source>
        <translation>&lt;i&gt;열린 데이터 세트가 없습니다.&lt;/i&gt; 이 계획의 퍼널, 흐름, 기여도 분석을 보려면 데이터 세트를 만들거나 열거나 샘플 고객을 생성하세요.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 읽는 중…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 customers · %3 events&lt;br&gt;%4 – %5&lt;br&gt;Channels: %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;고객 %2명 · 이벤트 %3건&lt;br&gt;%4 – %5&lt;br&gt;채널: %6</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>In the data, not in the plan: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>데이터에는 있지만 계획에는 없음: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>In the plan, no events: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>계획에는 있지만 이벤트 없음: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Add %n channel(s) to the plan</source>
        <translation>
            <numerusform>계획에 채널 %n개 추가</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omnimap::insight::FeedbackPanel</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>점수 있음</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>감정</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95 % 구간</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CSAT % satisfied</source>
        <translation>CSAT 만족 %</translation>
    </message>
    <message>
        <source>Low scores</source>
        <translation>낮은 점수</translation>
    </message>
    <message>
        <source>Phrase</source>
        <translation>구절</translation>
    </message>
    <message>
        <source>Low-score rows</source>
        <translation>낮은 점수 행</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>예시</translation>
    </message>
    <message>
        <source>Path before a low score</source>
        <translation>낮은 점수 전의 경로</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>비율 %</translation>
    </message>
    <message>
        <source>Make Pain Point</source>
        <translation>페인 포인트로 만들기</translation>
    </message>
    <message>
        <source>By stage</source>
        <translation>단계별</translation>
    </message>
    <message>
        <source>By touchpoint</source>
        <translation>터치포인트별</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>채널별</translation>
    </message>
    <message>
        <source>Add the selected phrase to the pain points of its stage (undoable)</source>
        <translation>선택한 구절을 해당 단계의 페인 포인트에 추가합니다(실행 취소 가능)</translation>
    </message>
    <message>
        <source>What customers with a low score say about the selected row:</source>
        <translation>선택한 행에 대해 낮은 점수를 준 고객이 하는 말:</translation>
    </message>
    <message>
        <source>The feedback could not be read: %1</source>
        <translation>피드백을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>No feedback in the data set. Import a feedback CSV (Data ▸ Import Feedback CSV…) or generate sample data.</source>
        <translation>데이터 세트에 피드백이 없습니다. 피드백 CSV를 가져오거나(데이터 ▸ 피드백 CSV 가져오기…) 샘플 데이터를 생성하세요.</translation>
    </message>
    <message>
        <source>%1 feedback rows, %2 with a score. NPS %3 (n = %4), CSAT %5 % satisfied (n = %6).</source>
        <translation>피드백 %1행, 점수 있는 행 %2. NPS %3 (n = %4), CSAT 만족 %5 % (n = %6).</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
</context>
<context>
    <name>omnimap::insight::FeedbackScoresView</name>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>CSAT % satisfied</source>
        <translation>CSAT 만족 %</translation>
    </message>
    <message>
        <source>too few</source>
        <translation>표본 부족</translation>
    </message>
    <message>
        <source>Only %1 answers; a score needs at least %2.</source>
        <translation>응답이 %1개뿐입니다. 점수를 내려면 %2개 이상 필요합니다.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>채널</translation>
    </message>
    <message>
        <source>The feedback could not be read: %1</source>
        <translation>피드백을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>No customer feedback loaded: import a feedback CSV (Data ▸ Import Feedback CSV…) to see NPS and CSAT per stage and channel.</source>
        <translation>불러온 고객 피드백이 없습니다. 단계별·채널별 NPS와 CSAT를 보려면 피드백 CSV를 가져오십시오(데이터 ▸ 피드백 CSV 가져오기…).</translation>
    </message>
    <message>
        <source>NPS: % promoters (9–10) − % detractors (0–6). CSAT: % of answers 4 or 5. Shown from %1 answers on; fewer say “too few”. All customers, all dates.</source>
        <translation>NPS: 추천 고객(9–10) % − 비추천 고객(0–6) %. CSAT: 4점 또는 5점 응답의 %. 응답이 %1개 이상일 때 표시하며, 그보다 적으면 “표본 부족”으로 표시합니다. 모든 고객, 모든 날짜 기준입니다.</translation>
    </message>
</context>
<context>
    <name>omnimap::insight::ImportMappingDialog</name>
    <message>
        <source>Customer id</source>
        <translation>고객 ID</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>채널</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>접점</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>이벤트 유형</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>매출</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>비용</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>연령대</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>성별</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>Sign-up date</source>
        <translation>가입일</translation>
    </message>
    <message>
        <source>Skip bad rows (import the good ones and list the problems)</source>
        <translation>잘못된 행 건너뛰기(올바른 행은 가져오고 문제를 목록으로 표시)</translation>
    </message>
    <message>
        <source>Import events from %1</source>
        <translation>%1에서 이벤트 가져오기</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>— not in the file —</source>
        <translation>— 파일에 없음 —</translation>
    </message>
    <message numerus="yes">
        <source>First %n row(s) of the file:</source>
        <translation>
            <numerusform>파일의 처음 %n개 행:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: can not read the file: %2</source>
        <translation>%1: 파일을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The file can not be read.</source>
        <translation>파일을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Choose a column for: %1</source>
        <translation>다음 항목의 열을 선택하세요: %1</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is mapped twice (%2 and %3).</source>
        <translation>열 &quot;%1&quot;이(가) 두 번 매핑되었습니다(%2, %3).</translation>
    </message>
    <message>
        <source>Import events</source>
        <translation>이벤트 가져오기</translation>
    </message>
    <message>
        <source>Columns for Omnimap&apos;s fields (* required)</source>
        <translation>Omnimap 필드에 대응하는 열 (* 필수)</translation>
    </message>
    <message>
        <source>Kind (nps, csat, ces, rating, text)</source>
        <translation>종류 (nps, csat, ces, rating, text)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Import feedback from %1</source>
        <translation>%1에서 피드백 가져오기</translation>
    </message>
    <message>
        <source>Choose a column for the touchpoint or the stage (or both).</source>
        <translation>터치포인트나 단계(또는 둘 다)의 열을 고르세요.</translation>
    </message>
</context>
<context>
    <name>omnimap::insight::InsightPrompts</name>
    <message>
        <source>Open data set</source>
        <translation>데이터 세트 열기</translation>
    </message>
    <message>
        <source>Omnimap data sets (*.sqlite *.db);;All files (*)</source>
        <translation>Omnimap 데이터 세트 (*.sqlite *.db);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>New data set</source>
        <translation>새 데이터 세트</translation>
    </message>
    <message>
        <source>customers.sqlite</source>
        <translation>customers.sqlite</translation>
    </message>
    <message>
        <source>Omnimap data sets (*.sqlite)</source>
        <translation>Omnimap 데이터 세트 (*.sqlite)</translation>
    </message>
    <message>
        <source>Import customer events</source>
        <translation>고객 이벤트 가져오기</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 파일 (*.csv *.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>차트 저장</translation>
    </message>
    <message>
        <source>Generate sample data</source>
        <translation>샘플 데이터 생성</translation>
    </message>
    <message>
        <source>Events to generate (deterministic, seed 42):</source>
        <translation>생성할 이벤트 수(결정적, 시드 42):</translation>
    </message>
    <message>
        <source>Warehouse password</source>
        <translation>웨어하우스 비밀번호</translation>
    </message>
    <message>
        <source>Password of %1 for the warehouse &quot;%2&quot;:</source>
        <translation>웨어하우스 &quot;%2&quot;의 %1 비밀번호:</translation>
    </message>
</context>
<context>
    <name>omnimap::insight::InsightSession</name>
    <message>
        <source>Imported %1 rows from %2 (%3 skipped).</source>
        <translation>%2에서 %1개 행을 가져왔습니다(%3개 건너뜀).</translation>
    </message>
    <message>
        <source>Import cancelled; the data set was left as it was.</source>
        <translation>가져오기가 취소되었습니다. 데이터 세트는 그대로 유지되었습니다.</translation>
    </message>
    <message>
        <source>Generated %1 sample events.</source>
        <translation>샘플 이벤트 %1건을 생성했습니다.</translation>
    </message>
</context>
<context>
    <name>omnimap::insight::InsightTools</name>
    <message>
        <source>Dashboard</source>
        <translation>대시보드</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>시나리오</translation>
    </message>
    <message>
        <source>&amp;New Data Set…</source>
        <translation>새 데이터 세트(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Data Set…</source>
        <translation>데이터 세트 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Import Events CSV…</source>
        <translation>이벤트 CSV 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Generate &amp;Sample Data…</source>
        <translation>샘플 데이터 생성(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>대시보드(&amp;D)</translation>
    </message>
    <message>
        <source>What-if &amp;Scenarios</source>
        <translation>가정(what-if) 시나리오(&amp;S)</translation>
    </message>
    <message>
        <source>Simulation Overlays</source>
        <translation>시뮬레이션 오버레이</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>%1 가져오는 중</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Generating sample data</source>
        <translation>샘플 데이터 생성 중</translation>
    </message>
    <message>
        <source>events</source>
        <translation>이벤트</translation>
    </message>
    <message>
        <source>Connect to &amp;Warehouse…</source>
        <translation>웨어하우스에 연결(&amp;W)…</translation>
    </message>
    <message>
        <source>A warehouse is only read: open or create a local data set to import or generate events.</source>
        <translation>웨어하우스는 읽기만 합니다. 이벤트를 가져오거나 생성하려면 로컬 데이터 세트를 열거나 만드세요.</translation>
    </message>
    <message>
        <source>The password was not kept (%1): it will be asked next time.</source>
        <translation>비밀번호를 보관하지 못했습니다(%1). 다음에 다시 묻습니다.</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>피드백</translation>
    </message>
    <message>
        <source>Import &amp;Feedback CSV…</source>
        <translation>피드백 CSV 가져오기(&amp;F)…</translation>
    </message>
    <message>
        <source>Customer F&amp;eedback</source>
        <translation>고객 피드백(&amp;E)</translation>
    </message>
    <message>
        <source>Customer feedback: NPS and CSAT</source>
        <translation>고객 피드백: NPS와 CSAT</translation>
    </message>
    <message>
        <source>per stage and per channel, with n</source>
        <translation>단계별·채널별, n 포함</translation>
    </message>
</context>
<context>
    <name>omnimap::insight::JobProgressDialog</name>
    <message>
        <source>Starting…</source>
        <translation>시작하는 중…</translation>
    </message>
    <message>
        <source>Cancelling… the data set stays as it was.</source>
        <translation>취소하는 중… 데이터 세트는 그대로 유지됩니다.</translation>
    </message>
    <message>
        <source>%1 of about %2 %3</source>
        <translation>약 %2 %3 중 %1</translation>
    </message>
    <message>
        <source>%1 %2/s · about %3 s left</source>
        <translation>%1 %2/초 · 약 %3초 남음</translation>
    </message>
</context>
<context>
    <name>omnimap::insight::JobProgressStrip</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>omnimap::insight::KpiBulletView</name>
    <message>
        <source>No KPI with a data binding in this journey. Bind a KPI to event types to measure it.</source>
        <translation>이 여정에 데이터가 연결된 KPI가 없습니다. KPI를 측정하려면 이벤트 유형에 연결하세요.</translation>
    </message>
    <message>
        <source>actual %1</source>
        <translation>실제 %1</translation>
    </message>
    <message>
        <source>baseline %1</source>
        <translation>기준값 %1</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>목표 %1</translation>
    </message>
    <message>
        <source>– Not measured</source>
        <translation>– 측정 안 됨</translation>
    </message>
    <message>
        <source>bar: actual · thick mark: target · dashed mark: baseline · grey band: range to target</source>
        <translation>막대: 실제 · 굵은 표시: 목표 · 점선 표시: 기준값 · 회색 영역: 목표까지 범위</translation>
    </message>
</context>
<context>
    <name>omnimap::insight::MapOverlayController</name>
    <message>
        <source>KPI status badges</source>
        <translation>KPI 상태 배지</translation>
    </message>
    <message>
        <source>Simulated flow on hand-offs</source>
        <translation>핸드오프의 시뮬레이션 흐름</translation>
    </message>
    <message>
        <source>Drop-off heat on stages</source>
        <translation>단계별 이탈 히트맵</translation>
    </message>
    <message>
        <source>Show each stage&apos;s and touchpoint&apos;s KPI status on the map</source>
        <translation>지도에 각 단계와 접점의 KPI 상태 표시</translation>
    </message>
    <message>
        <source>Draw hand-off arrows as wide as the simulated customers moving along them</source>
        <translation>핸드오프 화살표 두께를 해당 경로로 이동하는 시뮬레이션 고객 수에 비례하게 그리기</translation>
    </message>
    <message>
        <source>Shade stages by the share of customers lost there</source>
        <translation>이탈한 고객 비율에 따라 단계에 음영 표시</translation>
    </message>
</context>
<context>
    <name>omnimap::insight::Palette</name>
    <message>
        <source>✔ On track</source>
        <translation>✔ 정상</translation>
    </message>
    <message>
        <source>▲ At risk</source>
        <translation>▲ 위험</translation>
    </message>
    <message>
        <source>✖ Off track</source>
        <translation>✖ 미달</translation>
    </message>
    <message>
        <source>– No target</source>
        <translation>– 목표 없음</translation>
    </message>
</context>
<context>
    <name>omnimap::insight::SankeyView</name>
    <message>
        <source>No channel moves in the selection.</source>
        <translation>선택 범위에 채널 이동이 없습니다.</translation>
    </message>
    <message>
        <source>%1: %2 moves (%3 %)</source>
        <translation>%1: 이동 %2회(%3 %)</translation>
    </message>
    <message>
        <source>%1 → %2: %3 moves (%4 % of the moves from %1)</source>
        <translation>%1 → %2: 이동 %3회(%1에서의 이동 중 %4 %)</translation>
    </message>
    <message>
        <source>(start)</source>
        <translation>(시작)</translation>
    </message>
    <message>
        <source>(converted)</source>
        <translation>(전환)</translation>
    </message>
    <message>
        <source>(dropped off)</source>
        <translation>(이탈)</translation>
    </message>
</context>
<context>
    <name>omnimap::insight::ScenarioCompareView</name>
    <message>
        <source>Run the scenario to see its effect.</source>
        <translation>효과를 보려면 시나리오를 실행하세요.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>차이</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>전환율</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>전환</translation>
    </message>
    <message>
        <source>Revenue per customer</source>
        <translation>고객당 매출</translation>
    </message>
    <message>
        <source>Days to convert (mean)</source>
        <translation>전환까지 일수(평균)</translation>
    </message>
    <message>
        <source>d</source>
        <translation>일</translation>
    </message>
    <message>
        <source>Reach: %1</source>
        <translation>도달: %1</translation>
    </message>
    <message>
        <source> pp</source>
        <translation> %p</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; converts &lt;b style=&apos;color:%2&apos;&gt;%3 pp&lt;/b&gt; %4 than &lt;b&gt;%5&lt;/b&gt; (%6 simulated customers each, 95 % intervals %7).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;의 전환율이 &lt;b&gt;%5&lt;/b&gt;보다 &lt;b style=&apos;color:%2&apos;&gt;%3 %p&lt;/b&gt; %4(각 시뮬레이션 고객 %6명, 95 % 구간 %7).</translation>
    </message>
    <message>
        <source>more</source>
        <translation>높습니다</translation>
    </message>
    <message>
        <source>less</source>
        <translation>낮습니다</translation>
    </message>
    <message>
        <source>overlap: the difference may be noise</source>
        <translation>겹침: 차이가 노이즈일 수 있음</translation>
    </message>
    <message>
        <source>do not overlap</source>
        <translation>겹치지 않음</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; changes nothing against &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;은(는) &lt;b&gt;%2&lt;/b&gt;에 비해 아무것도 바꾸지 않습니다.</translation>
    </message>
    <message>
        <source>Its changes touch no transition that occurs in the simulated journey: check the channels of its modifiers against the data set.</source>
        <translation>변경 사항이 시뮬레이션된 여정에서 일어나는 전이를 건드리지 않습니다. 변경 항목의 채널을 데이터 세트와 비교해 보세요.</translation>
    </message>
</context>
<context>
    <name>omnimap::insight::ScenarioPanel</name>
    <message>
        <source>Move budget share</source>
        <translation>예산 비중 이동</translation>
    </message>
    <message>
        <source>Remove channel</source>
        <translation>채널 제거</translation>
    </message>
    <message>
        <source>Scale entries via channel</source>
        <translation>채널 경유 유입 조정</translation>
    </message>
    <message>
        <source>Scale moves channel → channel</source>
        <translation>채널 → 채널 이동 조정</translation>
    </message>
    <message>
        <source>Set conversion rate after channel</source>
        <translation>채널 이후 전환율 설정</translation>
    </message>
    <message>
        <source>Scale conversion rate after channel</source>
        <translation>채널 이후 전환율 조정</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>새 시나리오</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>시나리오</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>변경</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>채널</translation>
    </message>
    <message>
        <source>To / into channel</source>
        <translation>대상 채널</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Add change</source>
        <translation>변경 추가</translation>
    </message>
    <message>
        <source>Remove change</source>
        <translation>변경 제거</translation>
    </message>
    <message>
        <source>Add scenario change</source>
        <translation>시나리오 변경 추가</translation>
    </message>
    <message>
        <source>Remove scenario change</source>
        <translation>시나리오 변경 제거</translation>
    </message>
    <message>
        <source> customers</source>
        <translation>명</translation>
    </message>
    <message>
        <source>Simulated customers per run; more gives narrower intervals</source>
        <translation>실행당 시뮬레이션 고객 수입니다. 많을수록 구간이 좁아집니다</translation>
    </message>
    <message>
        <source>Simulate the baseline and this scenario (Ctrl+R)</source>
        <translation>기준안과 이 시나리오 시뮬레이션(Ctrl+R)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>페르소나</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>변경 내용</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>비교 대상</translation>
    </message>
    <message>
        <source>Baseline (no changes)</source>
        <translation>기준안(변경 없음)</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>전체 고객</translation>
    </message>
    <message>
        <source>Change scenario change kind</source>
        <translation>시나리오 변경 유형 변경</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Change scenario channel</source>
        <translation>시나리오 채널 변경</translation>
    </message>
    <message>
        <source>Change scenario target channel</source>
        <translation>시나리오 대상 채널 변경</translation>
    </message>
    <message>
        <source>Change scenario value</source>
        <translation>시나리오 값 변경</translation>
    </message>
    <message>
        <source>Simulating %1 customers twice (baseline and scenario)…</source>
        <translation>고객 %1명을 두 번(기준안과 시나리오) 시뮬레이션하는 중…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <source>Cancelled; the stored result was kept.</source>
        <translation>취소되었습니다. 저장된 결과는 유지되었습니다.</translation>
    </message>
    <message>
        <source>Simulation failed: %1</source>
        <translation>시뮬레이션 실패: %1</translation>
    </message>
    <message>
        <source>Done: calibrated on the data set.</source>
        <translation>완료: 데이터 세트로 보정했습니다.</translation>
    </message>
    <message>
        <source>Done: from the plan&apos;s structure (not enough journeys in the data for this persona).</source>
        <translation>완료: 계획의 구조를 사용했습니다(이 페르소나에 대한 데이터의 여정이 부족함).</translation>
    </message>
    <message>
        <source>Add a scenario: for example, move 20 % of the ads budget to Kakao.</source>
        <translation>시나리오를 추가하세요. 예: 광고 예산의 20 %를 카카오톡으로 이동.</translation>
    </message>
    <message>
        <source>Not run yet. Press Run (Ctrl+R) to simulate it.</source>
        <translation>아직 실행하지 않았습니다. 시뮬레이션하려면 실행(Ctrl+R)을 누르세요.</translation>
    </message>
    <message>
        <source>This result was computed on other data than the open data set; run it again.</source>
        <translation>이 결과는 현재 열린 데이터 세트와 다른 데이터로 계산되었습니다. 다시 실행하세요.</translation>
    </message>
    <message>
        <source>The scenario&apos;s changes were edited after this result; run it again.</source>
        <translation>이 결과 이후에 시나리오 변경 사항이 편집되었습니다. 다시 실행하세요.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has not been run yet.</source>
        <translation>&quot;%1&quot;은(는) 아직 실행하지 않았습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was computed on other data; run it again.</source>
        <translation>&quot;%1&quot;은(는) 다른 데이터로 계산되었습니다. 다시 실행하세요.</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>기준값</translation>
    </message>
    <message>
        <source>What this scenario tries, e.g. scale conversion after KakaoTalk ×1.5</source>
        <translation>이 시나리오가 시험하는 것. 예: 카카오톡 이후 전환 ×1.5</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
</context>
<context>
    <name>omnimap::insight::SimAdapter</name>
    <message>
        <source>Cancelled; the data set was left as it was.</source>
        <translation>취소되었습니다. 데이터 세트는 그대로 유지되었습니다.</translation>
    </message>
    <message>
        <source>First touch</source>
        <translation>첫 접점</translation>
    </message>
    <message>
        <source>Last touch</source>
        <translation>마지막 접점</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>선형</translation>
    </message>
    <message>
        <source>Time decay</source>
        <translation>시간 감쇠</translation>
    </message>
    <message>
        <source>Position-based</source>
        <translation>위치 기반</translation>
    </message>
    <message>
        <source>Markov (removal effect)</source>
        <translation>마르코프(제거 효과)</translation>
    </message>
    <message>
        <source>The scenario has no journey to simulate.</source>
        <translation>시나리오에 시뮬레이션할 여정이 없습니다.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>파일이 비어 있습니다.</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>%1행 %2열: %3</translation>
    </message>
</context>
<context>
    <name>omnimap::insight::WarehouseConnectionDialog</name>
    <message>
        <source>Off</source>
        <translation>끔</translation>
    </message>
    <message>
        <source>If the server offers it</source>
        <translation>서버가 제공하면 사용</translation>
    </message>
    <message>
        <source>Required (not verified)</source>
        <translation>필수(검증 안 함)</translation>
    </message>
    <message>
        <source>Required, certificate verified</source>
        <translation>필수, 인증서 검증</translation>
    </message>
    <message>
        <source>Required, certificate and host name verified</source>
        <translation>필수, 인증서와 호스트 이름 검증</translation>
    </message>
    <message>
        <source>Orders events of one customer at the same time (optional)</source>
        <translation>같은 시각에 일어난 한 고객의 이벤트 순서(선택)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>필수</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>선택</translation>
    </message>
    <message>
        <source>(a column named %1)</source>
        <translation>(이름이 %1인 열)</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>연결 테스트(&amp;C)</translation>
    </message>
    <message>
        <source>No system keychain is available: the password is asked each time.</source>
        <translation>시스템 키체인을 쓸 수 없어 비밀번호를 매번 묻습니다.</translation>
    </message>
    <message>
        <source>Fill in the host, the database, the user and the table.</source>
        <translation>호스트, 데이터베이스, 사용자, 테이블을 입력하세요.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <source>Connecting to %1:%2…</source>
        <translation>%1:%2에 연결하는 중…</translation>
    </message>
    <message>
        <source>&amp;Cancel test</source>
        <translation>테스트 취소(&amp;C)</translation>
    </message>
    <message>
        <source>Connected: %1 has about %2 rows; the mapping is complete.</source>
        <translation>연결됨: %1에 약 %2행이 있으며 매핑이 완전합니다.</translation>
    </message>
    <message>
        <source>Connected: the mapping of %1 is complete.</source>
        <translation>연결됨: %1의 매핑이 완전합니다.</translation>
    </message>
    <message>
        <source>&amp;Skip shards that are down (answers then leave their customers out)</source>
        <translation>중단된 샤드 건너뛰기(&amp;S) (그 샤드의 고객은 결과에서 빠짐)</translation>
    </message>
    <message>
        <source>PostgreSQL, Citus or compatible</source>
        <translation>PostgreSQL, Citus 또는 호환 서버</translation>
    </message>
    <message>
        <source>ClickHouse (HTTP interface)</source>
        <translation>ClickHouse (HTTP 인터페이스)</translation>
    </message>
    <message>
        <source>Off: a shard that does not answer is an error naming it. On: the cluster answers from the shards that are up (ClickHouse&apos;s skip_unavailable_shards).</source>
        <translation>끄면: 응답하지 않는 샤드는 그 이름을 밝힌 오류가 됩니다. 켜면: 클러스터가 살아 있는 샤드만으로 답합니다(ClickHouse의 skip_unavailable_shards).</translation>
    </message>
    <message>
        <source>&amp;Engine:</source>
        <translation>엔진(&amp;E):</translation>
    </message>
</context>
<context>
    <name>omnimap::insight::WarehouseQueryProgress</name>
    <message>
        <source>Warehouse query</source>
        <translation>웨어하우스 쿼리</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Connecting to the warehouse</source>
        <translation>웨어하우스에 연결하는 중</translation>
    </message>
    <message>
        <source>The warehouse builds the journeys and counts the paths</source>
        <translation>웨어하우스가 여정을 만들고 경로를 세는 중</translation>
    </message>
    <message>
        <source>The warehouse counts the funnel</source>
        <translation>웨어하우스가 퍼널을 세는 중</translation>
    </message>
    <message>
        <source>Attribution (time decay is summed by the warehouse)</source>
        <translation>기여도 분석 (시간 감쇠는 웨어하우스가 합산)</translation>
    </message>
    <message>
        <source>The warehouse counts the KPIs</source>
        <translation>웨어하우스가 KPI를 세는 중</translation>
    </message>
    <message>
        <source>%1…
%2 s so far. Cancel stops the query on the server too.</source>
        <translation>%1…
지금까지 %2초. 취소하면 서버의 쿼리도 멈춥니다.</translation>
    </message>
</context>
<context>
    <name>omnimap::insight::warehousepasswords</name>
    <message>
        <source>the system keychain did not answer</source>
        <translation>시스템 키체인이 응답하지 않았습니다</translation>
    </message>
    <message>
        <source>built without a keychain</source>
        <translation>키체인 없이 빌드되었습니다</translation>
    </message>
</context>
<context>
    <name>omnimap::sim</name>
    <message>
        <source>The chain has %1 states; the analytic what-if handles up to %2. Use the Monte Carlo simulation.</source>
        <translation>체인의 상태가 %1개입니다. 분석적 가정(what-if) 계산은 %2개까지 처리합니다. 몬테카를로 시뮬레이션을 사용하세요.</translation>
    </message>
    <message>
        <source>The chain has a loop with no way out.</source>
        <translation>체인에 빠져나갈 수 없는 루프가 있습니다.</translation>
    </message>
    <message>
        <source>The data set has schema version %1, newer than this Omnimap supports (%2).</source>
        <translation>데이터 세트의 스키마 버전이 %1(으)로, 이 Omnimap이 지원하는 버전(%2)보다 최신입니다.</translation>
    </message>
    <message>
        <source>Could not start the schema upgrade: %1</source>
        <translation>스키마 업그레이드를 시작할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Upgrading the data set schema to version %1 failed: %2</source>
        <translation>데이터 세트 스키마를 버전 %1(으)로 업그레이드하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>Could not record schema version %1: %2</source>
        <translation>스키마 버전 %1을(를) 기록할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Could not create the data set indexes: %1</source>
        <translation>데이터 세트 인덱스를 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Could not commit the schema upgrade: %1</source>
        <translation>스키마 업그레이드를 커밋할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Could not copy the data set to %1 before upgrading it: %2</source>
        <translation>업그레이드하기 전에 데이터 세트를 %1(으)로 복사할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>취소되었습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n bad row(s); nothing was imported (use --skip-bad-rows to import the rest).</source>
        <translation>
            <numerusform>%1: 잘못된 행 %n개가 있어 아무것도 가져오지 않았습니다(나머지를 가져오려면 --skip-bad-rows를 사용하세요).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: can not read: %2</source>
        <translation>%1: 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>%1열</translation>
    </message>
    <message>
        <source>The binding names no event type, or a stage or channel that is not in the plan.</source>
        <translation>데이터 연결에 이벤트 유형이 지정되지 않았거나, 계획에 없는 단계 또는 채널이 지정되었습니다.</translation>
    </message>
    <message>
        <source>No denominator events: the ratio is undefined.</source>
        <translation>분모 이벤트가 없어 비율을 정의할 수 없습니다.</translation>
    </message>
    <message>
        <source>The Markov chain is singular (a loop with no way out).</source>
        <translation>마르코프 체인이 특이합니다(빠져나갈 수 없는 루프).</translation>
    </message>
    <message>
        <source>The Markov chain did not converge.</source>
        <translation>마르코프 체인이 수렴하지 않았습니다.</translation>
    </message>
    <message>
        <source>The Markov order must be from 1 to 4.</source>
        <translation>마르코프 차수는 1~4여야 합니다.</translation>
    </message>
    <message>
        <source>%1: can not start the import: %2</source>
        <translation>%1: 가져오기를 시작할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1: the file is empty; expected a header line</source>
        <translation>%1: 파일이 비어 있습니다. 헤더 행이 필요합니다</translation>
    </message>
    <message>
        <source>duplicate column name &quot;%1&quot; in the header</source>
        <translation>헤더에 열 이름 &quot;%1&quot;이(가) 중복됩니다</translation>
    </message>
    <message>
        <source>no column for the required field &quot;%1&quot;</source>
        <translation>필수 필드 &quot;%1&quot;에 해당하는 열이 없습니다</translation>
    </message>
    <message>
        <source>%1: the header does not fit the path format.</source>
        <translation>%1: 헤더가 경로 형식에 맞지 않습니다.</translation>
    </message>
    <message>
        <source>The import was cancelled; the data set is unchanged.</source>
        <translation>가져오기가 취소되었습니다. 데이터 세트는 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>필드가 %1개여야 하지만 %2개입니다</translation>
    </message>
    <message>
        <source>empty channel name in the path</source>
        <translation>경로에 빈 채널 이름이 있습니다</translation>
    </message>
    <message>
        <source>%1: writing line %2 failed: %3</source>
        <translation>%1: %2행 쓰기에 실패했습니다: %3</translation>
    </message>
    <message>
        <source>%1: the CSV is malformed; nothing was imported.</source>
        <translation>%1: CSV 형식이 잘못되어 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>%1: bad rows; nothing was imported (use --skip-bad-rows to import the rest).</source>
        <translation>%1: 잘못된 행이 있어 아무것도 가져오지 않았습니다(나머지를 가져오려면 --skip-bad-rows를 사용하세요).</translation>
    </message>
    <message>
        <source>%1: committing the import failed: %2</source>
        <translation>%1: 가져오기 커밋에 실패했습니다: %2</translation>
    </message>
    <message>
        <source>The project needs a journey with stages and touchpoints to generate sample data.</source>
        <translation>샘플 데이터를 생성하려면 프로젝트에 단계와 접점이 있는 여정이 필요합니다.</translation>
    </message>
    <message>
        <source>%1: can not write: %2</source>
        <translation>%1: 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The journey&apos;s touchpoints are not in any stage.</source>
        <translation>여정의 접점이 어느 단계에도 속하지 않습니다.</translation>
    </message>
    <message>
        <source>Cancelled; the data set is unchanged.</source>
        <translation>취소되었습니다. 데이터 세트는 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>%1: writing the sample failed: %2</source>
        <translation>%1: 샘플 쓰기에 실패했습니다: %2</translation>
    </message>
    <message>
        <source>Scenario &quot;%1&quot;: the channel %2 is not in the simulated journey; modifier ignored.</source>
        <translation>시나리오 &quot;%1&quot;: 채널 %2이(가) 시뮬레이션 여정에 없어 수정 사항을 무시했습니다.</translation>
    </message>
    <message>
        <source>Scenario &quot;%1&quot;: the channel %2 is not in the simulated journey; its budget share is lost.</source>
        <translation>시나리오 &quot;%1&quot;: 채널 %2이(가) 시뮬레이션 여정에 없어 해당 예산 비중이 사라집니다.</translation>
    </message>
    <message>
        <source>unclosed quote (the field starts on line %1)</source>
        <translation>닫히지 않은 따옴표(필드가 %1행에서 시작됨)</translation>
    </message>
    <message>
        <source>NUL byte in the data</source>
        <translation>데이터에 NUL 바이트가 있습니다</translation>
    </message>
    <message>
        <source>field longer than %1 bytes</source>
        <translation>필드가 %1바이트보다 깁니다</translation>
    </message>
    <message>
        <source>unexpected character after a closing quote</source>
        <translation>닫는 따옴표 뒤에 예기치 않은 문자가 있습니다</translation>
    </message>
    <message>
        <source>%1: the data set is on a network file system (%2). SQLite can not lock files reliably there; copy it to a local disk.</source>
        <translation>%1: 데이터 세트가 네트워크 파일 시스템(%2)에 있습니다. SQLite는 이곳에서 파일을 안정적으로 잠글 수 없으니 로컬 디스크로 복사하세요.</translation>
    </message>
    <message>
        <source>%1: no such data set.</source>
        <translation>%1: 해당 데이터 세트가 없습니다.</translation>
    </message>
    <message>
        <source>%1: can not open the data set: %2</source>
        <translation>%1: 데이터 세트를 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1: not a data set: %2</source>
        <translation>%1: 데이터 세트가 아닙니다: %2</translation>
    </message>
    <message>
        <source>the file is empty; expected a header line</source>
        <translation>파일이 비어 있습니다. 헤더 행이 필요합니다</translation>
    </message>
    <message>
        <source>the header has an empty column name</source>
        <translation>헤더에 빈 열 이름이 있습니다</translation>
    </message>
    <message>
        <source>duplicate column name &quot;%1&quot; in the header (also column %2)</source>
        <translation>헤더에 열 이름 &quot;%1&quot;이(가) 중복됩니다(%2열에도 있음)</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; in the mapping; expected one of: %2</source>
        <translation>매핑에 알 수 없는 필드 &quot;%1&quot;이(가) 있습니다. 다음 중 하나여야 합니다: %2</translation>
    </message>
    <message>
        <source>the mapping names column &quot;%1&quot;, which is not in the header</source>
        <translation>매핑에 지정된 열 &quot;%1&quot;이(가) 헤더에 없습니다</translation>
    </message>
    <message>
        <source>no column for the required field &quot;%1&quot;; map one with --map %1=COLUMN</source>
        <translation>필수 필드 &quot;%1&quot;에 해당하는 열이 없습니다. --map %1=COLUMN으로 지정하세요</translation>
    </message>
    <message>
        <source>the customer id is empty</source>
        <translation>고객 ID가 비어 있습니다</translation>
    </message>
    <message>
        <source>not a timestamp (ISO 8601 or epoch seconds/milliseconds): %1</source>
        <translation>타임스탬프가 아닙니다(ISO 8601 또는 epoch 초/밀리초): %1</translation>
    </message>
    <message>
        <source>the event type is empty</source>
        <translation>이벤트 유형이 비어 있습니다</translation>
    </message>
    <message>
        <source>not a number: %1</source>
        <translation>숫자가 아닙니다: %1</translation>
    </message>
    <message>
        <source>more than 65535 distinct names in this column</source>
        <translation>이 열에 고유한 이름이 65535개를 초과합니다</translation>
    </message>
    <message>
        <source>%1: can not record the import: %2</source>
        <translation>%1: 가져오기를 기록할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1: the header does not fit the event format.</source>
        <translation>%1: 헤더가 이벤트 형식에 맞지 않습니다.</translation>
    </message>
    <message>
        <source>%1: writing the events failed: %2</source>
        <translation>%1: 이벤트 쓰기에 실패했습니다: %2</translation>
    </message>
    <message>
        <source>The number of bootstrap replicates must be from 0 to %1.</source>
        <translation>부트스트랩 반복 횟수는 0부터 %1까지여야 합니다.</translation>
    </message>
    <message>
        <source>Order choice needs at least two folds and orders from 1 to 4.</source>
        <translation>차수 선택에는 2개 이상의 분할과 1~4의 차수가 필요합니다.</translation>
    </message>
    <message>
        <source>There are no journeys to choose a Markov order from.</source>
        <translation>마르코프 차수를 고를 여정이 없습니다.</translation>
    </message>
    <message>
        <source>%1 bootstrap replicates of %2 channels need too much memory; use fewer replicates.</source>
        <translation>채널 %2개에 부트스트랩 반복 %1회는 메모리가 너무 많이 필요합니다. 반복 횟수를 줄이세요.</translation>
    </message>
    <message>
        <source>%1: can not read the data set&apos;s channels: %2</source>
        <translation>%1: 데이터 세트의 채널을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>not a finite non-negative number</source>
        <translation>유한한 0 이상의 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte 0x%1 at offset %2 of the field); save the file as CSV UTF-8</source>
        <translation>UTF-8 텍스트가 아닙니다(필드의 %2번째 바이트 0x%1). 파일을 CSV UTF-8 형식으로 저장하세요</translation>
    </message>
    <message>
        <source>%1: can not read the data set&apos;s customers and names: %2</source>
        <translation>%1: 데이터 세트의 고객과 이름을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>the factor is ×1, which changes nothing</source>
        <translation>배수가 ×1이라 아무것도 바뀌지 않습니다</translation>
    </message>
    <message>
        <source>this transition never occurs in the data set (no customer goes from %1 to %2), so scaling it changes nothing</source>
        <translation>이 전이는 데이터 세트에서 한 번도 일어나지 않으므로(%1에서 %2로 가는 고객이 없음) 배율을 바꿔도 달라지지 않습니다</translation>
    </message>
    <message>
        <source>no customer converts right after %1 in the data set, so scaling that conversion changes nothing</source>
        <translation>데이터 세트에서 %1 직후에 전환하는 고객이 없으므로 그 전환율의 배율을 바꿔도 달라지지 않습니다</translation>
    </message>
    <message>
        <source>no journey starts at %1 in the data set, so scaling its entry changes nothing</source>
        <translation>데이터 세트에서 %1에서 시작하는 여정이 없으므로 유입 배율을 바꿔도 달라지지 않습니다</translation>
    </message>
    <message>
        <source>Scenario &quot;%1&quot;: %2.</source>
        <translation>시나리오 &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>%1 score %2 is outside %3–%4</source>
        <translation>%1 점수 %2는 %3–%4 범위를 벗어납니다</translation>
    </message>
    <message>
        <source>%1 score %2 is not a whole number</source>
        <translation>%1 점수 %2는 정수가 아닙니다</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 고객</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>%1 at %2 feel %3, the plan assumes %4 (n = %5)</source>
        <translation>%1은(는) %2에서 %3을 느끼지만 계획은 %4로 가정합니다 (n = %5)</translation>
    </message>
    <message>
        <source>The feedback in the data set puts this stage %1 points away from the emotion the map assumes. Read what customers say there (Data ▸ Customer Feedback) and correct the plan or the experience.</source>
        <translation>데이터 세트의 피드백은 이 단계가 지도가 가정한 감정과 %1점 떨어져 있다고 말합니다. 고객이 그곳에서 하는 말(데이터 ▸ 고객 피드백)을 읽고 계획이나 경험을 고치세요.</translation>
    </message>
    <message>
        <source>No baseline rate: the data set shows no conversions after this step and the primary KPI has no baseline.</source>
        <translation>기준 전환율이 없습니다: 데이터 세트에 이 단계 이후의 전환이 없고 주 KPI에 기준값도 없습니다.</translation>
    </message>
    <message>
        <source>The primary KPI&apos;s binding names a stage or channel that is not in the plan.</source>
        <translation>주 KPI의 바인딩이 계획에 없는 단계나 채널을 가리킵니다.</translation>
    </message>
    <message>
        <source>Not readable</source>
        <translation>읽을 수 없음</translation>
    </message>
    <message>
        <source>Variant &quot;%1&quot; has no exposures: no customer with that variant reached %2 in the experiment&apos;s dates.</source>
        <translation>변형 &quot;%1&quot;의 노출이 없습니다: 실험 기간에 그 변형의 고객 중 %2에 도달한 고객이 없습니다.</translation>
    </message>
    <message>
        <source>The data set has no customer attribute &quot;variant&quot;: import it as a &quot;variant&quot; column or map a column to attr:variant.</source>
        <translation>데이터 세트에 고객 속성 &quot;variant&quot;가 없습니다: &quot;variant&quot; 열로 가져오거나 열을 attr:variant에 매핑하십시오.</translation>
    </message>
    <message>
        <source>No data binding: not checked.</source>
        <translation>데이터 바인딩이 없어 검사하지 않았습니다.</translation>
    </message>
    <message>
        <source>Read before reaching the sample size (%1 per variant): an early difference is often noise; wait for the planned sample before deciding.</source>
        <translation>표본 크기(변형당 %1명)에 도달하기 전에 읽었습니다: 이른 차이는 잡음인 경우가 많으니 계획한 표본이 모일 때까지 기다린 뒤 판단하십시오.</translation>
    </message>
    <message>
        <source>%1 exposed customers have no known variant and are left out.</source>
        <translation>노출된 고객 %1명은 알려진 변형이 없어 제외되었습니다.</translation>
    </message>
    <message>
        <source>Check the split</source>
        <translation>트래픽 분할 확인</translation>
    </message>
    <message>
        <source>Sample ratio mismatch (χ² = %1, p = %2): the arms did not get the planned shares, so the assignment is broken and the result can not be trusted.</source>
        <translation>표본 비율 불일치(χ² = %1, p = %2): 변형들이 계획한 비율을 받지 못했습니다. 배정이 잘못되어 결과를 믿을 수 없습니다.</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>%1 유지</translation>
    </message>
    <message>
        <source>%1 wins on %2 but hurts the guard-rail %3.</source>
        <translation>%1이(가) %2에서는 낫지만 가드레일 %3을(를) 해칩니다.</translation>
    </message>
    <message>
        <source>Ship %1</source>
        <translation>%1 적용</translation>
    </message>
    <message>
        <source>%1 is better than %2 on %3 (p = %4, probability best %5 %).</source>
        <translation>%3에서 %1이(가) %2보다 낫습니다(p = %4, 최선일 확률 %5 %).</translation>
    </message>
    <message>
        <source>Every other variant is worse than %1 on %2.</source>
        <translation>%2에서 다른 모든 변형이 %1보다 나쁩니다.</translation>
    </message>
    <message>
        <source>No difference as large as the planned effect at the full sample size.</source>
        <translation>표본 크기를 모두 채웠지만 계획한 효과만큼의 차이가 없습니다.</translation>
    </message>
    <message>
        <source>No difference yet</source>
        <translation>아직 차이 없음</translation>
    </message>
    <message>
        <source>No variant differs significantly from %1 so far.</source>
        <translation>지금까지 %1과(와) 유의하게 다른 변형이 없습니다.</translation>
    </message>
    <message>
        <source>Experiment %1 on %2</source>
        <translation>%2의 실험 %1</translation>
    </message>
    <message>
        <source>Variants (the first is the control)</source>
        <translation>변형(첫 번째가 대조군)</translation>
    </message>
    <message>
        <source>Journey funnel per variant (customers reaching each stage)</source>
        <translation>변형별 여정 퍼널(각 단계에 도달한 고객)</translation>
    </message>
    <message>
        <source>Guard-rail KPIs against the control</source>
        <translation>대조군 대비 가드레일 KPI</translation>
    </message>
    <message>
        <source>Problems and warnings</source>
        <translation>문제와 경고</translation>
    </message>
    <message>
        <source>Variant labels in the data that the experiment does not have: %1</source>
        <translation>데이터에 있지만 실험에는 없는 변형 레이블: %1</translation>
    </message>
    <message>
        <source>--effect %1: the experiment &quot;%2&quot; has no variant of that label, or the change is not between -1 and 1.</source>
        <translation>--effect %1: 실험 &quot;%2&quot;에 그 레이블의 변형이 없거나, 변화가 -1과 1 사이가 아닙니다.</translation>
    </message>
    <message>
        <source>No events in this period.</source>
        <translation>이 기간에는 이벤트가 없습니다.</translation>
    </message>
    <message>
        <source>KPIs over time are measured on a local data set only; %1 cannot count by period.</source>
        <translation>기간별 KPI는 로컬 데이터 세트에서만 측정됩니다. %1에서는 기간별로 셀 수 없습니다.</translation>
    </message>
    <message>
        <source>The data set does not cover both periods in full: counts would not compare.</source>
        <translation>데이터 세트가 두 기간을 모두 온전히 포함하지 않습니다: 건수는 비교할 수 없습니다.</translation>
    </message>
    <message>
        <source>No events of this KPI in either period: the interval is undefined.</source>
        <translation>두 기간 모두 이 KPI의 이벤트가 없습니다: 구간을 정할 수 없습니다.</translation>
    </message>
    <message>
        <source>Nothing varied in the four cells: the interval is undefined.</source>
        <translation>네 칸 모두 변동이 없습니다: 구간을 정할 수 없습니다.</translation>
    </message>
    <message>
        <source>Two campaigns are named “%1”: give the id instead.</source>
        <translation>“%1”이라는 캠페인이 두 개입니다: 대신 ID를 지정하세요.</translation>
    </message>
    <message>
        <source>The plan has no campaign.</source>
        <translation>계획에 캠페인이 없습니다.</translation>
    </message>
    <message>
        <source>No campaign is named “%1”.</source>
        <translation>“%1”이라는 캠페인이 없습니다.</translation>
    </message>
    <message>
        <source>The campaign “%1” has no start or end date: set both to compare before and after.</source>
        <translation>캠페인 “%1”에 시작일이나 종료일이 없습니다: 전후를 비교하려면 둘 다 정하세요.</translation>
    </message>
    <message>
        <source>The campaign “%1” ends (%2) before it starts (%3).</source>
        <translation>캠페인 “%1”이 시작(%3)하기 전에 끝납니다(%2).</translation>
    </message>
    <message>
        <source>The campaign “%1” has no KPI: add a KPI to its journey or to the plan.</source>
        <translation>캠페인 “%1”에 KPI가 없습니다: 캠페인의 여정이나 계획에 KPI를 추가하세요.</translation>
    </message>
    <message>
        <source>The campaign names both a comparison channel and a comparison segment: keep one.</source>
        <translation>캠페인에 비교 채널과 비교 세그먼트가 모두 지정되어 있습니다: 하나만 남기세요.</translation>
    </message>
    <message>
        <source>The comparison channel “%1” is not in the plan.</source>
        <translation>비교 채널 “%1”이 계획에 없습니다.</translation>
    </message>
    <message>
        <source>The campaign touches the channel “%1” (an action or a budget line): it cannot be the comparison.</source>
        <translation>캠페인이 채널 “%1”을 사용합니다(실행 항목이나 예산 행): 비교 대상이 될 수 없습니다.</translation>
    </message>
    <message>
        <source>The campaign has no action and no budget line, so no channel is known to be treated: add its actions before comparing channels.</source>
        <translation>캠페인에 실행 항목도 예산 행도 없어 처치된 채널을 알 수 없습니다: 채널을 비교하기 전에 실행 항목을 추가하세요.</translation>
    </message>
    <message>
        <source>The comparison persona “%1” is not in the plan.</source>
        <translation>비교 페르소나 “%1”이 계획에 없습니다.</translation>
    </message>
    <message>
        <source>The campaign targets the persona “%1”: its segment cannot be the comparison.</source>
        <translation>캠페인이 페르소나 “%1”을 대상으로 합니다: 그 세그먼트는 비교 대상이 될 수 없습니다.</translation>
    </message>
    <message>
        <source>The persona “%1” has no segment rule: it would select every customer.</source>
        <translation>페르소나 “%1”에 세그먼트 규칙이 없습니다: 모든 고객이 선택됩니다.</translation>
    </message>
    <message>
        <source>customers outside “%1”</source>
        <translation>“%1” 밖의 고객</translation>
    </message>
    <message>
        <source>No events in the data set from %1 to %2.</source>
        <translation>데이터 세트에 %1부터 %2까지 이벤트가 없습니다.</translation>
    </message>
    <message>
        <source>No events of the treated group (%1) from %2 to %3.</source>
        <translation>처치 집단(%1)의 이벤트가 %2부터 %3까지 없습니다.</translation>
    </message>
    <message>
        <source>No events of the comparison (%1) from %2 to %3.</source>
        <translation>비교 집단(%1)의 이벤트가 %2부터 %3까지 없습니다.</translation>
    </message>
    <message>
        <source>The data set starts on %1, after the period before the campaign begins (%2): that period is only partly covered.</source>
        <translation>데이터 세트가 캠페인 전 기간의 시작(%2)보다 늦은 %1에 시작합니다: 그 기간은 일부만 포함됩니다.</translation>
    </message>
    <message>
        <source>The data set ends on %1, before the campaign ends (%2): its period is only partly covered.</source>
        <translation>데이터 세트가 캠페인 종료(%2) 전인 %1에 끝납니다: 캠페인 기간은 일부만 포함됩니다.</translation>
    </message>
    <message>
        <source>The KPI has no binding to the data set&apos;s events: bind it in the KPI table.</source>
        <translation>KPI가 데이터 세트의 이벤트에 연결되어 있지 않습니다: KPI 표에서 연결하세요.</translation>
    </message>
    <message>
        <source>Campaign %1: %2 – %3 against the %4 days before</source>
        <translation>캠페인 %1: %2 – %3, 직전 %4일과 비교</translation>
    </message>
    <message>
        <source>KPIs before and during the campaign, and the difference-in-differences against %1</source>
        <translation>캠페인 전과 캠페인 기간의 KPI, %1 대비 이중차분</translation>
    </message>
    <message>
        <source>KPIs before and during the campaign (difference with its 95 % interval)</source>
        <translation>캠페인 전과 캠페인 기간의 KPI(차이와 95 % 구간)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>참고</translation>
    </message>
    <message>
        <source>no column for &quot;touchpoint&quot; or &quot;stage&quot;; feedback needs at least one</source>
        <translation>&quot;touchpoint&quot;나 &quot;stage&quot; 열이 없습니다. 피드백에는 하나 이상이 필요합니다</translation>
    </message>
    <message>
        <source>the row names neither a touchpoint nor a stage</source>
        <translation>행에 터치포인트도 단계도 없습니다</translation>
    </message>
    <message>
        <source>touchpoint %1 is not in the plan</source>
        <translation>터치포인트 %1은(는) 계획에 없습니다</translation>
    </message>
    <message>
        <source>stage %1 is not in the plan</source>
        <translation>단계 %1은(는) 계획에 없습니다</translation>
    </message>
    <message>
        <source>unknown kind %1; expected nps, csat, ces, rating or text</source>
        <translation>알 수 없는 종류 %1; nps, csat, ces, rating 또는 text여야 합니다</translation>
    </message>
    <message>
        <source>free-text feedback has no score; use another kind for %1</source>
        <translation>자유 의견 피드백에는 점수가 없습니다. %1에는 다른 종류를 쓰세요</translation>
    </message>
    <message>
        <source>the %1 score is missing</source>
        <translation>%1 점수가 없습니다</translation>
    </message>
    <message>
        <source>free-text feedback with an empty text</source>
        <translation>텍스트가 비어 있는 자유 의견 피드백</translation>
    </message>
    <message>
        <source>the text is longer than %1 bytes</source>
        <translation>텍스트가 %1바이트보다 깁니다</translation>
    </message>
    <message>
        <source>%1: the header does not fit the feedback format.</source>
        <translation>%1: 머리글이 피드백 형식에 맞지 않습니다.</translation>
    </message>
    <message>
        <source>%1: writing the feedback failed: %2</source>
        <translation>%1: 피드백을 쓰지 못했습니다: %2</translation>
    </message>
</context>
<context>
    <name>omnimap::sim::ChEventSource</name>
    <message>
        <source>The server at %1 refused the user &quot;%2&quot; or the password.</source>
        <translation>%1 서버가 사용자 &quot;%2&quot; 또는 비밀번호를 거부했습니다.</translation>
    </message>
    <message>
        <source>The query took longer than the time limit (%1 s) and was stopped on the server.</source>
        <translation>쿼리가 시간 제한(%1초)을 넘어 서버에서 중지되었습니다.</translation>
    </message>
    <message>
        <source>Cancelled; the query was stopped on the server too.</source>
        <translation>취소했습니다. 서버의 쿼리도 중지했습니다.</translation>
    </message>
    <message>
        <source>The query was stopped on the server (KILL QUERY by an administrator?): %1</source>
        <translation>서버에서 쿼리가 중지되었습니다(관리자의 KILL QUERY?): %1</translation>
    </message>
    <message>
        <source>A shard of the cluster did not answer (%1). Start it, or let the connection skip unavailable shards (skip_unavailable_shards=1: the answers then leave that shard&apos;s customers out). Server: %2</source>
        <translation>클러스터의 샤드가 응답하지 않습니다(%1). 샤드를 시작하거나, 연결에서 중단된 샤드 건너뛰기(skip_unavailable_shards=1: 그 샤드의 고객은 결과에서 빠짐)를 선택하세요. 서버: %2</translation>
    </message>
    <message>
        <source>unknown host</source>
        <translation>알 수 없는 호스트</translation>
    </message>
    <message>
        <source>The server has no database &quot;%1&quot;.</source>
        <translation>서버에 데이터베이스 &quot;%1&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <source>There is no table &quot;%1&quot; in database &quot;%2&quot;.</source>
        <translation>데이터베이스 &quot;%2&quot;에 테이블 &quot;%1&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <source>The session is read-only: %1</source>
        <translation>읽기 전용 세션입니다: %1</translation>
    </message>
    <message>
        <source>The server ran out of memory for this query; narrow the period or the segment: %1</source>
        <translation>서버가 이 쿼리에 쓸 메모리가 부족합니다. 기간이나 세그먼트를 좁히세요: %1</translation>
    </message>
    <message>
        <source>Could not reach the server at %1 (is it running, is the address right?): %2</source>
        <translation>%1 서버에 연결할 수 없습니다(서버가 실행 중인지, 주소가 맞는지 확인하세요): %2</translation>
    </message>
    <message>
        <source>The server at %1 ended the connection during the query (was it stopped or restarted?).</source>
        <translation>%1 서버가 쿼리 도중 연결을 끊었습니다(서버가 중지되거나 다시 시작되었나요?).</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed: %2</source>
        <translation>%1 TLS 연결에 실패했습니다: %2</translation>
    </message>
    <message>
        <source>The warehouse reported: %1</source>
        <translation>웨어하우스 오류: %1</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP 상태 %1</translation>
    </message>
    <message>
        <source>Not connected to the warehouse.</source>
        <translation>웨어하우스에 연결되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>The events have more than %1 distinct paths: narrow the period or the segment.</source>
        <translation>이벤트의 고유 경로가 %1개를 넘습니다. 기간이나 세그먼트를 좁히세요.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation>서버의 응답을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>There is no table or view &quot;%1&quot; in database &quot;%2&quot;.</source>
        <translation>데이터베이스 &quot;%2&quot;에 테이블이나 뷰 &quot;%1&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; (mapped to %2) is not in %3.</source>
        <translation>%2에 매핑한 열 &quot;%1&quot;이(가) %3에 없습니다.</translation>
    </message>
    <message>
        <source>No column of %1 is mapped to %2; map one in the connection.</source>
        <translation>%1의 어떤 열도 %2에 매핑되지 않았습니다. 연결 설정에서 매핑하세요.</translation>
    </message>
    <message>
        <source>No answer from the server at %1 for %2 s (the time limit of %3 s plus %4 s): the network or the server stopped responding. Omnimap closed the connection and asked the server to stop the query (KILL QUERY).</source>
        <translation>%1 서버가 %2초 동안(시간 제한 %3초 + %4초) 응답하지 않았습니다. 네트워크나 서버가 멈췄습니다. Omnimap이 연결을 닫고 서버에 쿼리 중지(KILL QUERY)를 요청했습니다.</translation>
    </message>
</context>
<context>
    <name>omnimap::sim::ChPushdown</name>
    <message>
        <source>The table needs columns for the customer, the time and the event type.</source>
        <translation>테이블에 고객, 시각, 이벤트 유형 열이 필요합니다.</translation>
    </message>
    <message>
        <source>The time column has type %1; it must be DateTime, Date or epoch milliseconds (Int64/UInt64).</source>
        <translation>시각 열의 형식이 %1입니다. DateTime, Date 또는 에포크 밀리초(Int64/UInt64)여야 합니다.</translation>
    </message>
    <message>
        <source>The %1 column has type %2; it must be a number.</source>
        <translation>%1 열의 형식이 %2입니다. 숫자여야 합니다.</translation>
    </message>
    <message>
        <source>The persona&apos;s segment uses &quot;%1&quot;, which is not mapped to a column of the table.</source>
        <translation>페르소나 세그먼트가 쓰는 &quot;%1&quot;이(가) 테이블의 열에 매핑되지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>omnimap::sim::PgEventSource</name>
    <message>
        <source>The server at %1 refused the password for user &quot;%2&quot;.</source>
        <translation>%1 서버가 사용자 &quot;%2&quot;의 비밀번호를 거부했습니다.</translation>
    </message>
    <message>
        <source>Cancelled; the query was stopped on the server too.</source>
        <translation>취소했습니다. 서버의 쿼리도 중지했습니다.</translation>
    </message>
    <message>
        <source>The query took longer than the time limit (%1 s) and was stopped on the server.</source>
        <translation>쿼리가 시간 제한(%1초)을 넘어 서버에서 중지되었습니다.</translation>
    </message>
    <message>
        <source>The server at %1 ended the connection during the query (was it stopped or restarted?): %2</source>
        <translation>%1 서버가 쿼리 도중 연결을 끊었습니다(서버가 중지되거나 다시 시작되었나요?): %2</translation>
    </message>
    <message>
        <source>Could not reach the server at %1 (is it running, is the address right?): %2</source>
        <translation>%1 서버에 연결할 수 없습니다(서버가 실행 중인지, 주소가 맞는지 확인하세요): %2</translation>
    </message>
    <message>
        <source>The server has no database &quot;%1&quot;.</source>
        <translation>서버에 데이터베이스 &quot;%1&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; may not read this table: %2</source>
        <translation>사용자 &quot;%1&quot;은(는) 이 테이블을 읽을 권한이 없습니다: %2</translation>
    </message>
    <message>
        <source>The warehouse reported: %1</source>
        <translation>웨어하우스 오류: %1</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt (QPSQL, Debian package libqt6sql6-psql) is not installed.</source>
        <translation>Qt의 PostgreSQL 드라이버(QPSQL, 데비안 패키지 libqt6sql6-psql)가 설치되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>There is no table or view &quot;%1&quot; in database &quot;%2&quot;.</source>
        <translation>데이터베이스 &quot;%2&quot;에 테이블이나 뷰 &quot;%1&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Table names with a dot or a double quote are not supported: %1</source>
        <translation>점이나 큰따옴표가 든 테이블 이름은 지원하지 않습니다: %1</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; (mapped to %2) is not in %3.</source>
        <translation>%2에 매핑한 열 &quot;%1&quot;이(가) %3에 없습니다.</translation>
    </message>
    <message>
        <source>Column names with a dot or a double quote are not supported: %1</source>
        <translation>점이나 큰따옴표가 든 열 이름은 지원하지 않습니다: %1</translation>
    </message>
    <message>
        <source>No column of %1 is mapped to %2; map one in the connection.</source>
        <translation>%1의 어떤 열도 %2에 매핑되지 않았습니다. 연결 설정에서 매핑하세요.</translation>
    </message>
    <message>
        <source>Not connected to the warehouse.</source>
        <translation>웨어하우스에 연결되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>The query failed.</source>
        <translation>쿼리가 실패했습니다.</translation>
    </message>
    <message>
        <source>The events have more than %1 distinct paths: narrow the period or the segment.</source>
        <translation>이벤트의 고유 경로가 %1개를 넘습니다. 기간이나 세그먼트를 좁히세요.</translation>
    </message>
    <message>
        <source>No answer from the server at %1 for %2 s (the time limit of %3 s plus %4 s): the network or the server stopped responding. Omnimap closed the connection; the server&apos;s own time limit stops the query there.</source>
        <translation>%1 서버가 %2초 동안(시간 제한 %3초 + %4초) 응답하지 않았습니다. 네트워크나 서버가 멈췄습니다. Omnimap이 연결을 닫았고, 서버의 쿼리는 서버 자체의 시간 제한으로 중지됩니다.</translation>
    </message>
    <message>
        <source>Cancelled; the server at %1 did not confirm within %2 s (is the network down?), so Omnimap closed the connection.</source>
        <translation>취소했습니다. %1 서버가 %2초 안에 확인하지 않아(네트워크가 끊겼나요?) Omnimap이 연결을 닫았습니다.</translation>
    </message>
</context>
<context>
    <name>omnimap::sim::PgPushdown</name>
    <message>
        <source>The table needs columns for the customer, the time and the event type.</source>
        <translation>테이블에 고객, 시각, 이벤트 유형 열이 필요합니다.</translation>
    </message>
    <message>
        <source>The time column has type %1; it must be a timestamp, a date or epoch milliseconds.</source>
        <translation>시각 열의 형식이 %1입니다. timestamp, date 또는 에포크 밀리초여야 합니다.</translation>
    </message>
    <message>
        <source>The %1 column has type %2; it must be a number.</source>
        <translation>%1 열의 형식이 %2입니다. 숫자여야 합니다.</translation>
    </message>
    <message>
        <source>The persona&apos;s segment uses &quot;%1&quot;, which is not mapped to a column of the table.</source>
        <translation>페르소나 세그먼트가 쓰는 &quot;%1&quot;이(가) 테이블의 열에 매핑되지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>omnimap::sim::WarehouseConnection</name>
    <message>
        <source>Not a warehouse address (postgres://user@host:port/database?table=…): %1</source>
        <translation>웨어하우스 주소(postgres://user@host:port/database?table=…)가 아닙니다: %1</translation>
    </message>
    <message>
        <source>Not a valid address: %1</source>
        <translation>올바른 주소가 아닙니다: %1</translation>
    </message>
    <message>
        <source>Put the password in PGPASSWORD (CLICKHOUSE_PASSWORD for ClickHouse) or type it when asked, not in the address.</source>
        <translation>비밀번호는 주소에 넣지 말고 PGPASSWORD(ClickHouse는 CLICKHOUSE_PASSWORD)에 두거나 물을 때 입력하세요.</translation>
    </message>
    <message>
        <source>Unknown option in the address: %1</source>
        <translation>주소에 알 수 없는 옵션이 있습니다: %1</translation>
    </message>
    <message>
        <source>The address needs a user, a database and ?table=…</source>
        <translation>주소에 사용자, 데이터베이스, ?table=…이 필요합니다</translation>
    </message>
    <message>
        <source>sslmode must be one of %1</source>
        <translation>sslmode는 %1 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>timeout must be a positive number of seconds</source>
        <translation>timeout은 양수(초)여야 합니다</translation>
    </message>
</context>
<context>
    <name>omnimap::sim::stats</name>
    <message>
        <source>The baseline rate must be between 0 % and 100 % (exclusive).</source>
        <translation>기준 전환율은 0 %와 100 % 사이(양 끝 제외)여야 합니다.</translation>
    </message>
    <message>
        <source>The minimum detectable effect must be non-zero and keep the rate between 0 % and 100 %.</source>
        <translation>최소 검출 효과는 0이 아니어야 하고 전환율을 0 %와 100 % 사이로 유지해야 합니다.</translation>
    </message>
    <message>
        <source>α and power must be between 0 and 1.</source>
        <translation>α와 검정력은 0과 1 사이여야 합니다.</translation>
    </message>
    <message>
        <source>The sample size is too large to compute.</source>
        <translation>표본 크기가 너무 커서 계산할 수 없습니다.</translation>
    </message>
    <message>
        <source>No customers reach this step in the data set, so the duration is unknown.</source>
        <translation>데이터 세트에서 이 단계에 도달하는 고객이 없어 기간을 알 수 없습니다.</translation>
    </message>
    <message>
        <source>Every variant needs a positive share of the traffic.</source>
        <translation>모든 변형에 0보다 큰 트래픽 비율이 필요합니다.</translation>
    </message>
    <message>
        <source>A variant has no exposures.</source>
        <translation>노출이 없는 변형이 있습니다.</translation>
    </message>
    <message>
        <source>Every exposed customer had the same outcome: there is no variation to test.</source>
        <translation>노출된 모든 고객의 결과가 같아 검정할 변동이 없습니다.</translation>
    </message>
    <message>
        <source>The check needs at least two variants with a planned share each.</source>
        <translation>이 검사에는 계획 비율이 있는 변형이 둘 이상 필요합니다.</translation>
    </message>
    <message>
        <source>Every variant needs a positive planned share.</source>
        <translation>모든 변형에 0보다 큰 계획 비율이 필요합니다.</translation>
    </message>
    <message>
        <source>No customer was exposed to any variant.</source>
        <translation>어떤 변형에도 노출된 고객이 없습니다.</translation>
    </message>
</context>
</TS>
