<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BrandDialog</name>
    <message>
        <source>Brand</source>
        <translation>Brand</translation>
    </message>
    <message>
        <source>The plan checks every touchpoint message against these words (Plan checks, F8).</source>
        <translation>The plan checks every touchpoint message against these words (Plan checks, F8).</translation>
    </message>
    <message>
        <source>&amp;Tone of voice:</source>
        <translation>&amp;Tone of voice:</translation>
    </message>
    <message>
        <source>How the brand speaks, e.g. warm, quick, never pushy</source>
        <translation>How the brand speaks, e.g. warm, quick, never pushy</translation>
    </message>
    <message>
        <source>&amp;Keywords:</source>
        <translation>&amp;Keywords:</translation>
    </message>
    <message>
        <source>One per line; at least one should appear in every message</source>
        <translation>One per line; at least one should appear in every message</translation>
    </message>
    <message>
        <source>&amp;Forbidden words:</source>
        <translation>&amp;Forbidden words:</translation>
    </message>
    <message>
        <source>One per line; none may appear in a message</source>
        <translation>One per line; none may appear in a message</translation>
    </message>
    <message>
        <source>&amp;Palette:</source>
        <translation>&amp;Palette:</translation>
    </message>
    <message>
        <source>&amp;Add Colour…</source>
        <translation>&amp;Add Colour…</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>C&amp;hange…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
</context>
<context>
    <name>ChecklistTemplates</name>
    <message>
        <source>Tone &amp; manner</source>
        <translation>Tone &amp; manner</translation>
    </message>
    <message>
        <source>Copy follows the brand&apos;s tone of voice</source>
        <translation>Copy follows the brand&apos;s tone of voice</translation>
    </message>
    <message>
        <source>Customers are addressed the same way (formal or casual) as on other channels</source>
        <translation>Customers are addressed the same way (formal or casual) as on other channels</translation>
    </message>
    <message>
        <source>No forbidden words or exaggerated claims</source>
        <translation>No forbidden words or exaggerated claims</translation>
    </message>
    <message>
        <source>Visual identity</source>
        <translation>Visual identity</translation>
    </message>
    <message>
        <source>Logo is the current version, with clear space</source>
        <translation>Logo is the current version, with clear space</translation>
    </message>
    <message>
        <source>Colours come from the brand palette</source>
        <translation>Colours come from the brand palette</translation>
    </message>
    <message>
        <source>Brand typefaces, Hangul and Latin, are used</source>
        <translation>Brand typefaces, Hangul and Latin, are used</translation>
    </message>
    <message>
        <source>Key message</source>
        <translation>Key message</translation>
    </message>
    <message>
        <source>The campaign&apos;s key message is present</source>
        <translation>The campaign&apos;s key message is present</translation>
    </message>
    <message>
        <source>Product names and prices match the other channels</source>
        <translation>Product names and prices match the other channels</translation>
    </message>
    <message>
        <source>The call to action leads to the next planned touchpoint</source>
        <translation>The call to action leads to the next planned touchpoint</translation>
    </message>
    <message>
        <source>Promotion parity (online and offline)</source>
        <translation>Promotion parity (online and offline)</translation>
    </message>
    <message>
        <source>The same promotion is offered online and in store</source>
        <translation>The same promotion is offered online and in store</translation>
    </message>
    <message>
        <source>Coupons can be redeemed on every channel that shows them</source>
        <translation>Coupons can be redeemed on every channel that shows them</translation>
    </message>
    <message>
        <source>Terms and end dates are stated identically</source>
        <translation>Terms and end dates are stated identically</translation>
    </message>
    <message>
        <source>Service policy</source>
        <translation>Service policy</translation>
    </message>
    <message>
        <source>Returns and refunds follow the same policy</source>
        <translation>Returns and refunds follow the same policy</translation>
    </message>
    <message>
        <source>Opening hours and response times are stated</source>
        <translation>Opening hours and response times are stated</translation>
    </message>
    <message>
        <source>A hand-off to a person is offered when self-service fails</source>
        <translation>A hand-off to a person is offered when self-service fails</translation>
    </message>
    <message>
        <source>Consent and privacy</source>
        <translation>Consent and privacy</translation>
    </message>
    <message>
        <source>Marketing messages go only to customers who opted in</source>
        <translation>Marketing messages go only to customers who opted in</translation>
    </message>
    <message>
        <source>Advertising messages are labelled as such, with an opt-out</source>
        <translation>Advertising messages are labelled as such, with an opt-out</translation>
    </message>
    <message>
        <source>Personal data collected is listed in the privacy notice</source>
        <translation>Personal data collected is listed in the privacy notice</translation>
    </message>
    <message>
        <source>Promotion parity</source>
        <translation>Promotion parity</translation>
    </message>
    <message>
        <source>Consent &amp; privacy</source>
        <translation>Consent &amp; privacy</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>DepartmentsDialog</name>
    <message>
        <source>Departments</source>
        <translation>Departments</translation>
    </message>
    <message>
        <source>Departments own channels, personas, journeys, touchpoints, KPIs and campaigns; set an owner in each item&apos;s editor. Every change here is one undo step.</source>
        <translation>Departments own channels, personas, journeys, touchpoints, KPIs and campaigns; set an owner in each item&apos;s editor. Every change here is one undo step.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Colour:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Owns:</source>
        <translation>Owns:</translation>
    </message>
    <message>
        <source>&amp;Add Department</source>
        <translation>&amp;Add Department</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
</context>
<context>
    <name>KpiBindingDialog</name>
    <message>
        <source>Data binding</source>
        <translation>Data binding</translation>
    </message>
    <message>
        <source>&amp;Measure this KPI on the data set</source>
        <translation>&amp;Measure this KPI on the data set</translation>
    </message>
    <message>
        <source>Count events</source>
        <translation>Count events</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>At &amp;stage:</source>
        <translation>At &amp;stage:</translation>
    </message>
    <message>
        <source>On &amp;channel:</source>
        <translation>On &amp;channel:</translation>
    </message>
    <message>
        <source>Divided by events</source>
        <translation>Divided by events</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>At s&amp;tage:</source>
        <translation>At s&amp;tage:</translation>
    </message>
    <message>
        <source>On c&amp;hannel:</source>
        <translation>On c&amp;hannel:</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Window:</translation>
    </message>
</context>
<context>
    <name>KpiLibrary</name>
    <message>
        <source>Reach</source>
        <translation>Reach</translation>
    </message>
    <message>
        <source>Unique people who saw the content at least once.</source>
        <translation>Unique people who saw the content at least once.</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Impressions</translation>
    </message>
    <message>
        <source>Times the content was shown, repeats included.</source>
        <translation>Times the content was shown, repeats included.</translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation>Engagement rate</translation>
    </message>
    <message>
        <source>Likes, comments, shares and saves per person reached.</source>
        <translation>Likes, comments, shares and saves per person reached.</translation>
    </message>
    <message>
        <source>Click-through rate</source>
        <translation>Click-through rate</translation>
    </message>
    <message>
        <source>Clicks per impression.</source>
        <translation>Clicks per impression.</translation>
    </message>
    <message>
        <source>Open rate</source>
        <translation>Open rate</translation>
    </message>
    <message>
        <source>Messages opened per message delivered.</source>
        <translation>Messages opened per message delivered.</translation>
    </message>
    <message>
        <source>Click-to-open rate</source>
        <translation>Click-to-open rate</translation>
    </message>
    <message>
        <source>Clicks per message opened.</source>
        <translation>Clicks per message opened.</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>Conversion rate</translation>
    </message>
    <message>
        <source>Customers who complete the goal per customer who entered the stage.</source>
        <translation>Customers who complete the goal per customer who entered the stage.</translation>
    </message>
    <message>
        <source>Cross-channel transfer rate</source>
        <translation>Cross-channel transfer rate</translation>
    </message>
    <message>
        <source>Customers who continue on another channel per customer handed off.</source>
        <translation>Customers who continue on another channel per customer handed off.</translation>
    </message>
    <message>
        <source>Drop-off rate</source>
        <translation>Drop-off rate</translation>
    </message>
    <message>
        <source>Customers who leave the journey at this stage per customer who entered it.</source>
        <translation>Customers who leave the journey at this stage per customer who entered it.</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>Average order value</translation>
    </message>
    <message>
        <source>Revenue per order.</source>
        <translation>Revenue per order.</translation>
    </message>
    <message>
        <source>Repeat purchase rate</source>
        <translation>Repeat purchase rate</translation>
    </message>
    <message>
        <source>Customers who buy again within the period per buying customer.</source>
        <translation>Customers who buy again within the period per buying customer.</translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation>Churn rate</translation>
    </message>
    <message>
        <source>Customers lost in the period per customer at its start.</source>
        <translation>Customers lost in the period per customer at its start.</translation>
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation>Net Promoter Score</translation>
    </message>
    <message>
        <source>Promoters minus detractors, from -100 to 100.</source>
        <translation>Promoters minus detractors, from -100 to 100.</translation>
    </message>
    <message>
        <source>Customer satisfaction (CSAT)</source>
        <translation>Customer satisfaction (CSAT)</translation>
    </message>
    <message>
        <source>Satisfied answers per survey answer.</source>
        <translation>Satisfied answers per survey answer.</translation>
    </message>
    <message>
        <source>Customer lifetime value</source>
        <translation>Customer lifetime value</translation>
    </message>
    <message>
        <source>Expected margin from a customer over the whole relationship.</source>
        <translation>Expected margin from a customer over the whole relationship.</translation>
    </message>
    <message>
        <source>Return on investment</source>
        <translation>Return on investment</translation>
    </message>
    <message>
        <source>Attributed margin minus cost, per cost.</source>
        <translation>Attributed margin minus cost, per cost.</translation>
    </message>
    <message>
        <source>Cost per acquisition</source>
        <translation>Cost per acquisition</translation>
    </message>
    <message>
        <source>Spend per new customer won.</source>
        <translation>Spend per new customer won.</translation>
    </message>
    <message>
        <source>Time to convert</source>
        <translation>Time to convert</translation>
    </message>
    <message>
        <source>Hours from the first touch to the purchase.</source>
        <translation>Hours from the first touch to the purchase.</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Percent</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Duration (hours)</source>
        <translation>Duration (hours)</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Ratio</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Higher is better</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Lower is better</translation>
    </message>
</context>
<context>
    <name>KpiMeasurementDialog</name>
    <message>
        <source>Record Measurement</source>
        <translation>Record Measurement</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>The last day the value describes (the end of the measured period)</source>
        <translation>The last day the value describes (the end of the measured period)</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Value:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>What was measured, or what changed since (optional)</source>
        <translation>What was measured, or what changed since (optional)</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <source>Where the value comes from, e.g. the data set (optional)</source>
        <translation>Where the value comes from, e.g. the data set (optional)</translation>
    </message>
</context>
<context>
    <name>PersonaEditorForm</name>
    <message>
        <source>O&amp;wner</source>
        <translation>O&amp;wner</translation>
    </message>
    <message>
        <source>The persona&apos;s picture, stored inside the project</source>
        <translation>The persona&apos;s picture, stored inside the project</translation>
    </message>
    <message>
        <source>Choose &amp;Photo…</source>
        <translation>Choose &amp;Photo…</translation>
    </message>
    <message>
        <source>Pick a PNG or JPEG picture; it is scaled to 160 px and embedded in the project</source>
        <translation>Pick a PNG or JPEG picture; it is scaled to 160 px and embedded in the project</translation>
    </message>
    <message>
        <source>Remove P&amp;hoto</source>
        <translation>Remove P&amp;hoto</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Segment</source>
        <translation>&amp;Segment</translation>
    </message>
    <message>
        <source>S&amp;cenario</source>
        <translation>S&amp;cenario</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>&amp;Quote</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Age band</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Income</translation>
    </message>
    <message>
        <source>Curve colour</source>
        <translation>Curve colour</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>One per line</translation>
    </message>
    <message>
        <source>Motivations</source>
        <translation>Motivations</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Pain points</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>Preferred channels</source>
        <translation>Preferred channels</translation>
    </message>
    <message>
        <source>Segment rule</source>
        <translation>Segment rule</translation>
    </message>
    <message>
        <source>Customers must match &amp;all conditions (otherwise any)</source>
        <translation>Customers must match &amp;all conditions (otherwise any)</translation>
    </message>
    <message>
        <source>Add &amp;Condition</source>
        <translation>Add &amp;Condition</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
</context>
<context>
    <name>PlanCommands</name>
    <message>
        <source>Move action</source>
        <translation>Move action</translation>
    </message>
    <message>
        <source>Change channel role</source>
        <translation>Change channel role</translation>
    </message>
    <message>
        <source>Add KPI</source>
        <translation>Add KPI</translation>
    </message>
    <message>
        <source>Remove KPI</source>
        <translation>Remove KPI</translation>
    </message>
    <message>
        <source>Apply checklist</source>
        <translation>Apply checklist</translation>
    </message>
    <message>
        <source>Remove checklist</source>
        <translation>Remove checklist</translation>
    </message>
    <message>
        <source>Add checklist template</source>
        <translation>Add checklist template</translation>
    </message>
    <message>
        <source>Check item</source>
        <translation>Check item</translation>
    </message>
    <message>
        <source>Add campaign</source>
        <translation>Add campaign</translation>
    </message>
    <message>
        <source>Remove campaign</source>
        <translation>Remove campaign</translation>
    </message>
    <message>
        <source>Switch rule on</source>
        <translation>Switch rule on</translation>
    </message>
    <message>
        <source>Switch rule off</source>
        <translation>Switch rule off</translation>
    </message>
    <message>
        <source>Rename checklist</source>
        <translation>Rename checklist</translation>
    </message>
    <message>
        <source>Record measurement</source>
        <translation>Record measurement</translation>
    </message>
    <message>
        <source>Record KPI values</source>
        <translation>Record KPI values</translation>
    </message>
    <message>
        <source>Edit recorded measurement</source>
        <translation>Edit recorded measurement</translation>
    </message>
    <message>
        <source>Delete recorded measurement</source>
        <translation>Delete recorded measurement</translation>
    </message>
</context>
<context>
    <name>PlanPropertiesDialog</name>
    <message>
        <source>Plan Properties</source>
        <translation>Plan Properties</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>e.g. Order in the app, pick up in store</source>
        <translation>e.g. Order in the app, pick up in store</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Currency:</translation>
    </message>
    <message>
        <source>ISO 4217 code of every amount in the plan (KRW, USD, EUR…)</source>
        <translation>ISO 4217 code of every amount in the plan (KRW, USD, EUR…)</translation>
    </message>
    <message>
        <source>Amounts look like:</source>
        <translation>Amounts look like:</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>RoleSuggestions</name>
    <message>
        <source>Drive awareness and reach</source>
        <translation>Drive awareness and reach</translation>
    </message>
    <message>
        <source>Social proof and inspiration</source>
        <translation>Social proof and inspiration</translation>
    </message>
    <message>
        <source>Reviews, sharing and user content</source>
        <translation>Reviews, sharing and user content</translation>
    </message>
    <message>
        <source>Reach new customers</source>
        <translation>Reach new customers</translation>
    </message>
    <message>
        <source>Retarget interested visitors</source>
        <translation>Retarget interested visitors</translation>
    </message>
    <message>
        <source>Explore, compare and decide</source>
        <translation>Explore, compare and decide</translation>
    </message>
    <message>
        <source>Complete the purchase</source>
        <translation>Complete the purchase</translation>
    </message>
    <message>
        <source>Be found in search</source>
        <translation>Be found in search</translation>
    </message>
    <message>
        <source>Self-service during use</source>
        <translation>Self-service during use</translation>
    </message>
    <message>
        <source>Loyalty programme and reorder</source>
        <translation>Loyalty programme and reorder</translation>
    </message>
    <message>
        <source>Self-service help</source>
        <translation>Self-service help</translation>
    </message>
    <message>
        <source>Give the hands-on experience</source>
        <translation>Give the hands-on experience</translation>
    </message>
    <message>
        <source>Final decision and purchase</source>
        <translation>Final decision and purchase</translation>
    </message>
    <message>
        <source>Try before buying</source>
        <translation>Try before buying</translation>
    </message>
    <message>
        <source>Returns and repairs in person</source>
        <translation>Returns and repairs in person</translation>
    </message>
    <message>
        <source>Keep the relationship and bring customers back</source>
        <translation>Keep the relationship and bring customers back</translation>
    </message>
    <message>
        <source>Reminders and confirmations</source>
        <translation>Reminders and confirmations</translation>
    </message>
    <message>
        <source>Ask for reviews and referrals</source>
        <translation>Ask for reviews and referrals</translation>
    </message>
    <message>
        <source>Timely updates during use</source>
        <translation>Timely updates during use</translation>
    </message>
    <message>
        <source>Chat support</source>
        <translation>Chat support</translation>
    </message>
    <message>
        <source>Resolve issues and take service hand-offs</source>
        <translation>Resolve issues and take service hand-offs</translation>
    </message>
    <message>
        <source>Help customers who get stuck</source>
        <translation>Help customers who get stuck</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>Touchpoint “%1” uses forbidden word(s): %2</source>
        <translation>Touchpoint “%1” uses forbidden word(s): %2</translation>
    </message>
    <message>
        <source>Touchpoint “%1” uses none of the brand keywords (%2)</source>
        <translation>Touchpoint “%1” uses none of the brand keywords (%2)</translation>
    </message>
    <message>
        <source>Channel “%1” colour %2 is not in the brand palette (%3)</source>
        <translation>Channel “%1” colour %2 is not in the brand palette (%3)</translation>
    </message>
    <message>
        <source>Promotion “%1” runs on %2 at stage “%3” but not on %4 (checklist “%5” requires parity)</source>
        <translation>Promotion “%1” runs on %2 at stage “%3” but not on %4 (checklist “%5” requires parity)</translation>
    </message>
    <message>
        <source>Campaign “%1”: dates “%2” – “%3” are not a valid period</source>
        <translation>Campaign “%1”: dates “%2” – “%3” are not a valid period</translation>
    </message>
    <message>
        <source>Campaign “%1”, action “%2”: dates “%3” – “%4” are not a valid period</source>
        <translation>Campaign “%1”, action “%2”: dates “%3” – “%4” are not a valid period</translation>
    </message>
    <message>
        <source>Campaign “%1”: action “%2” (%3 – %4) is outside the campaign (%5 – %6)</source>
        <translation>Campaign “%1”: action “%2” (%3 – %4) is outside the campaign (%5 – %6)</translation>
    </message>
    <message>
        <source>(no channel)</source>
        <translation>(no channel)</translation>
    </message>
    <message>
        <source>Campaign “%1”: actions on %2 cost %3, over the budget of %4</source>
        <translation>Campaign “%1”: actions on %2 cost %3, over the budget of %4</translation>
    </message>
    <message>
        <source>Campaign “%1”: actions on %2 cost %3 but the channel has no budget line</source>
        <translation>Campaign “%1”: actions on %2 cost %3 but the channel has no budget line</translation>
    </message>
    <message>
        <source>Campaigns “%1” (“%2”) and “%3” (“%4”) both run a promotion at stage “%5” from %6 to %7</source>
        <translation>Campaigns “%1” (“%2”) and “%3” (“%4”) both run a promotion at stage “%5” from %6 to %7</translation>
    </message>
    <message>
        <source>Journey “%1”: stage “%2” has no touchpoint</source>
        <translation>Journey “%1”: stage “%2” has no touchpoint</translation>
    </message>
    <message>
        <source>Touchpoint “%1” (%2 · %3) has no KPI</source>
        <translation>Touchpoint “%1” (%2 · %3) has no KPI</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>primary</translation>
    </message>
    <message>
        <source>supporting</source>
        <translation>supporting</translation>
    </message>
    <message>
        <source>%1 has a %2 role at stage “%3” but no touchpoint there</source>
        <translation>%1 has a %2 role at stage “%3” but no touchpoint there</translation>
    </message>
    <message>
        <source>Journey “%1”: no hand-off from “%2” to “%3”</source>
        <translation>Journey “%1”: no hand-off from “%2” to “%3”</translation>
    </message>
    <message>
        <source>KPI “%1” has no target</source>
        <translation>KPI “%1” has no target</translation>
    </message>
    <message>
        <source>Stage without touchpoint</source>
        <translation>Stage without touchpoint</translation>
    </message>
    <message>
        <source>Customers pass through every stage. A stage with no touchpoint means the brand is absent there: plan at least one contact or merge the stage.</source>
        <translation>Customers pass through every stage. A stage with no touchpoint means the brand is absent there: plan at least one contact or merge the stage.</translation>
    </message>
    <message>
        <source>Touchpoint without KPI</source>
        <translation>Touchpoint without KPI</translation>
    </message>
    <message>
        <source>A touchpoint nobody measures cannot be improved. Attach a KPI to it, or scope a KPI to its stage and channel.</source>
        <translation>A touchpoint nobody measures cannot be improved. Attach a KPI to it, or scope a KPI to its stage and channel.</translation>
    </message>
    <message>
        <source>KPI without target</source>
        <translation>KPI without target</translation>
    </message>
    <message>
        <source>Without a target a KPI cannot be on or off track. Set the value the plan aims for.</source>
        <translation>Without a target a KPI cannot be on or off track. Set the value the plan aims for.</translation>
    </message>
    <message>
        <source>Channel role without touchpoint</source>
        <translation>Channel role without touchpoint</translation>
    </message>
    <message>
        <source>The role matrix gives the channel a role at this stage, but the map has no touchpoint there. Add the touchpoint or lower the role to none.</source>
        <translation>The role matrix gives the channel a role at this stage, but the map has no touchpoint there. Add the touchpoint or lower the role to none.</translation>
    </message>
    <message>
        <source>Break in the journey</source>
        <translation>Break in the journey</translation>
    </message>
    <message>
        <source>No hand-off leads from any touchpoint of a stage to one of the next stage, so nothing moves the customer on. Draw the hand-off that carries them (&quot;QR code in store → app&quot;).</source>
        <translation>No hand-off leads from any touchpoint of a stage to one of the next stage, so nothing moves the customer on. Draw the hand-off that carries them (&quot;QR code in store → app&quot;).</translation>
    </message>
    <message>
        <source>Promotion missing on a channel</source>
        <translation>Promotion missing on a channel</translation>
    </message>
    <message>
        <source>An applied checklist requires the same promotion on these channels. Customers who see it on one channel and not on another lose trust: add it, or mark the checklist item not applicable for that channel.</source>
        <translation>An applied checklist requires the same promotion on these channels. Customers who see it on one channel and not on another lose trust: add it, or mark the checklist item not applicable for that channel.</translation>
    </message>
    <message>
        <source>Forbidden word in message</source>
        <translation>Forbidden word in message</translation>
    </message>
    <message>
        <source>The brand has banned this word (legal risk or off-brand). Matching ignores case, spacing and full-width letters.</source>
        <translation>The brand has banned this word (legal risk or off-brand). Matching ignores case, spacing and full-width letters.</translation>
    </message>
    <message>
        <source>No brand keyword in message</source>
        <translation>No brand keyword in message</translation>
    </message>
    <message>
        <source>None of the brand&apos;s keywords appears in the message, so it may not sound like the brand. Consider using one.</source>
        <translation>None of the brand&apos;s keywords appears in the message, so it may not sound like the brand. Consider using one.</translation>
    </message>
    <message>
        <source>Channel colour outside the brand palette</source>
        <translation>Channel colour outside the brand palette</translation>
    </message>
    <message>
        <source>Channel colours should come from the brand palette so the map and exports look like the brand.</source>
        <translation>Channel colours should come from the brand palette so the map and exports look like the brand.</translation>
    </message>
    <message>
        <source>Invalid campaign dates</source>
        <translation>Invalid campaign dates</translation>
    </message>
    <message>
        <source>A date is missing, not an ISO date (YYYY-MM-DD), or ends before it starts.</source>
        <translation>A date is missing, not an ISO date (YYYY-MM-DD), or ends before it starts.</translation>
    </message>
    <message>
        <source>Action outside the campaign dates</source>
        <translation>Action outside the campaign dates</translation>
    </message>
    <message>
        <source>A planned action runs before the campaign starts or after it ends. Move the action or extend the campaign.</source>
        <translation>A planned action runs before the campaign starts or after it ends. Move the action or extend the campaign.</translation>
    </message>
    <message>
        <source>Channel budget exceeded</source>
        <translation>Channel budget exceeded</translation>
    </message>
    <message>
        <source>The planned actions on this channel cost more than its budget line. Raise the budget or cut actions.</source>
        <translation>The planned actions on this channel cost more than its budget line. Raise the budget or cut actions.</translation>
    </message>
    <message>
        <source>Overlapping promotions</source>
        <translation>Overlapping promotions</translation>
    </message>
    <message>
        <source>Two campaigns run promotions at the same stage for the same persona at the same time: customers would get both offers. Stagger them or combine them.</source>
        <translation>Two campaigns run promotions at the same stage for the same persona at the same time: customers would get both offers. Stagger them or combine them.</translation>
    </message>
    <message>
        <source>Planned and measured feeling differ</source>
        <translation>Planned and measured feeling differ</translation>
    </message>
    <message>
        <source>Customer feedback puts a stage&apos;s emotion far from what the map assumes. Read what customers say there and correct the plan or the experience.</source>
        <translation>Customer feedback puts a stage&apos;s emotion far from what the map assumes. Read what customers say there and correct the plan or the experience.</translation>
    </message>
    <message>
        <source>Experiment “%1” on %2: %3</source>
        <translation>Experiment “%1” on %2: %3</translation>
    </message>
    <message>
        <source>Experiment can not be read</source>
        <translation>Experiment can not be read</translation>
    </message>
    <message>
        <source>An A/B test needs two or more labelled variants whose split adds up to 100 %, a primary KPI with a data binding, a non-zero minimum detectable effect and valid dates. Fix the design before launch, or its result can not be read.</source>
        <translation>An A/B test needs two or more labelled variants whose split adds up to 100 %, a primary KPI with a data binding, a non-zero minimum detectable effect and valid dates. Fix the design before launch, or its result can not be read.</translation>
    </message>
</context>
<context>
    <name>WarehouseConnectionDialog</name>
    <message>
        <source>Connect to Warehouse</source>
        <translation>Connect to Warehouse</translation>
    </message>
    <message>
        <source>Omnimap reads a table or view of events in a PostgreSQL-compatible warehouse (PostgreSQL, Citus, managed services) or a ClickHouse server or cluster (over its HTTP interface). The journeys are computed by the warehouse; only totals come back. Nothing is ever written there. The project keeps the connection&apos;s name and column mapping, never the password.</source>
        <translation>Omnimap reads a table or view of events in a PostgreSQL-compatible warehouse (PostgreSQL, Citus, managed services) or a ClickHouse server or cluster (over its HTTP interface). The journeys are computed by the warehouse; only totals come back. Nothing is ever written there. The project keeps the connection&apos;s name and column mapping, never the password.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>What the project calls this warehouse, e.g. Sales warehouse</source>
        <translation>What the project calls this warehouse, e.g. Sales warehouse</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>warehouse.example.com</source>
        <translation>warehouse.example.com</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>Asked each time unless kept in the keychain</source>
        <translation>Asked each time unless kept in the keychain</translation>
    </message>
    <message>
        <source>&amp;Keep the password in the system keychain</source>
        <translation>&amp;Keep the password in the system keychain</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>T&amp;able or view:</source>
        <translation>T&amp;able or view:</translation>
    </message>
    <message>
        <source>events or schema.events</source>
        <translation>events or schema.events</translation>
    </message>
    <message>
        <source>Time &amp;limit:</source>
        <translation>Time &amp;limit:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Column mapping (as for a CSV import)</source>
        <translation>Column mapping (as for a CSV import)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>Test &amp;connection</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Run the data set and simulation benchmarks</source>
        <translation>Run the data set and simulation benchmarks</translation>
    </message>
    <message>
        <source>%1 (pass %2, fail %3, n/a %4, unchecked %5)</source>
        <translation>%1 (pass %2, fail %3, n/a %4, unchecked %5)</translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s), %3 note(s)</source>
        <translation>%1 error(s), %2 warning(s), %3 note(s)</translation>
    </message>
    <message>
        <source>Checklist “%1”: %2</source>
        <translation>Checklist “%1”: %2</translation>
    </message>
    <message>
        <source>All checklists: %1</source>
        <translation>All checklists: %1</translation>
    </message>
    <message>
        <source>Check a plan&apos;s consistency rules and checklist scores</source>
        <translation>Check a plan&apos;s consistency rules and checklist scores</translation>
    </message>
    <message>
        <source>Load and save a project in the current format</source>
        <translation>Load and save a project in the current format</translation>
    </message>
    <message>
        <source>Show what changed between two versions of a plan</source>
        <translation>Show what changed between two versions of a plan</translation>
    </message>
    <message numerus="yes">
        <source>wrote %1 (%n page(s))</source>
        <translation>
            <numerusform>wrote %1 (%n page)</numerusform>
            <numerusform>wrote %1 (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>Import an OpenJourney (.ojf) map as a new project</source>
        <translation>Import an OpenJourney (.ojf) map as a new project</translation>
    </message>
    <message>
        <source>Summarise a project file</source>
        <translation>Summarise a project file</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) written to %1 with our values; open it in Omnimap to resolve them.</source>
        <translation>
            <numerusform>%n conflict written to %1 with our values; open it in Omnimap to resolve them.</numerusform>
            <numerusform>%n conflicts written to %1 with our values; open it in Omnimap to resolve them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Three-way merge of plans by stable ids (git merge driver)</source>
        <translation>Three-way merge of plans by stable ids (git merge driver)</translation>
    </message>
    <message>
        <source>Attribute conversions to channels (first, last, linear, time-decay, position, markov)</source>
        <translation>Attribute conversions to channels (first, last, linear, time-decay, position, markov)</translation>
    </message>
    <message>
        <source>Generate a deterministic sample data set for a project</source>
        <translation>Generate a deterministic sample data set for a project</translation>
    </message>
    <message>
        <source>Measure the KPIs bound to a data set</source>
        <translation>Measure the KPIs bound to a data set</translation>
    </message>
    <message>
        <source>Path analysis: top paths, transitions, funnel, time to convert</source>
        <translation>Path analysis: top paths, transitions, funnel, time to convert</translation>
    </message>
    <message>
        <source>Monte Carlo simulation of personas through a journey, with what-if scenarios</source>
        <translation>Monte Carlo simulation of personas through a journey, with what-if scenarios</translation>
    </message>
    <message numerus="yes">
        <source>valid (%n journey(s)</source>
        <translation>
            <numerusform>valid (%n journey</numerusform>
            <numerusform>valid (%n journeys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n persona(s))</source>
        <translation>
            <numerusform>, %n persona)</numerusform>
            <numerusform>, %n personas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Check project files (or --syntax: JSON only)</source>
        <translation>Check project files (or --syntax: JSON only)</translation>
    </message>
    <message>
        <source>missing arguments; see --help</source>
        <translation>missing arguments; see --help</translation>
    </message>
    <message>
        <source>Usage: omnimap-cli &lt;command&gt; [options]</source>
        <translation>Usage: omnimap-cli &lt;command&gt; [options]</translation>
    </message>
    <message>
        <source>Plan omnichannel customer journeys headless: validate, convert, import, simulate, export, merge.</source>
        <translation>Plan omnichannel customer journeys headless: validate, convert, import, simulate, export, merge.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Run &apos;omnimap-cli &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation>Run &apos;omnimap-cli &lt;command&gt; --help&apos; for a command&apos;s options.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 invalid input, 2 wrong usage.</source>
        <translation>Exit codes: 0 success, 1 invalid input, 2 wrong usage.</translation>
    </message>
    <message>
        <source>omnimap-cli: unknown command &apos;%1&apos;. Run &apos;omnimap-cli --help&apos; for the list.</source>
        <translation>omnimap-cli: unknown command &apos;%1&apos;. Run &apos;omnimap-cli --help&apos; for the list.</translation>
    </message>
    <message>
        <source>omnimap-cli: this command needs omnimap-cli-full, which is not installed with omnimap-cli.</source>
        <translation>omnimap-cli: this command needs omnimap-cli-full, which is not installed with omnimap-cli.</translation>
    </message>
    <message>
        <source>omnimap-cli: can not run %1: %2</source>
        <translation>omnimap-cli: can not run %1: %2</translation>
    </message>
    <message>
        <source>Events in the benchmark data set.</source>
        <translation>Events in the benchmark data set.</translation>
    </message>
    <message>
        <source>Runs per figure (the median is reported).</source>
        <translation>Runs per figure (the median is reported).</translation>
    </message>
    <message>
        <source>Monte Carlo customers.</source>
        <translation>Monte Carlo customers.</translation>
    </message>
    <message>
        <source>Journeys for the Markov figures.</source>
        <translation>Journeys for the Markov figures.</translation>
    </message>
    <message>
        <source>Monte Carlo threads.</source>
        <translation>Monte Carlo threads.</translation>
    </message>
    <message>
        <source>Working folder (default: a temporary one).</source>
        <translation>Working folder (default: a temporary one).</translation>
    </message>
    <message>
        <source>Project whose journey the data follows (default: a built-in plan).</source>
        <translation>Project whose journey the data follows (default: a built-in plan).</translation>
    </message>
    <message>
        <source>Also time the references: sqlite3 shell .import and window-function SQL.</source>
        <translation>Also time the references: sqlite3 shell .import and window-function SQL.</translation>
    </message>
    <message>
        <source>Skip the CSV import figures.</source>
        <translation>Skip the CSV import figures.</translation>
    </message>
    <message>
        <source>Paths CSV repeated 100 times for the paths figures, e.g. ChannelAttribution&apos;s Data.csv (default: a generated stand-in).</source>
        <translation>Paths CSV repeated 100 times for the paths figures, e.g. ChannelAttribution&apos;s Data.csv (default: a generated stand-in).</translation>
    </message>
    <message>
        <source>Run the data set and simulation benchmarks.</source>
        <translation>Run the data set and simulation benchmarks.</translation>
    </message>
    <message>
        <source>--events ≥ 1000, --runs ≥ 1, --customers ≥ 1, --journeys ≥ 1, --threads ≥ 0</source>
        <translation>--events ≥ 1000, --runs ≥ 1, --customers ≥ 1, --journeys ≥ 1, --threads ≥ 0</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
    <message>
        <source>can not write</source>
        <translation>can not write</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>Output format: text or json.</translation>
    </message>
    <message>
        <source>Also run the rules the project switched off.</source>
        <translation>Also run the rules the project switched off.</translation>
    </message>
    <message>
        <source>List the rules and exit.</source>
        <translation>List the rules and exit.</translation>
    </message>
    <message>
        <source>Project file (.omnimap) to check.</source>
        <translation>Project file (.omnimap) to check.</translation>
    </message>
    <message>
        <source>Check a plan: consistency rules (exit 1 if any error-level finding) and checklist scores.</source>
        <translation>Check a plan: consistency rules (exit 1 if any error-level finding) and checklist scores.</translation>
    </message>
    <message>
        <source>unknown format “%1”: expected text or json</source>
        <translation>unknown format “%1”: expected text or json</translation>
    </message>
    <message>
        <source>check takes exactly one FILE</source>
        <translation>check takes exactly one FILE</translation>
    </message>
    <message>
        <source>Where to write the converted project.</source>
        <translation>Where to write the converted project.</translation>
    </message>
    <message>
        <source>Project to convert.</source>
        <translation>Project to convert.</translation>
    </message>
    <message>
        <source>Load a project (migrating older format versions) and save it in the current format.</source>
        <translation>Load a project (migrating older format versions) and save it in the current format.</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>--out FILE is required</translation>
    </message>
    <message>
        <source>%1 (format %2) -&gt; %3 (format %4)</source>
        <translation>%1 (format %2) -&gt; %3 (format %4)</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>Output format: text (default) or json.</translation>
    </message>
    <message>
        <source>The older version (.omnimap).</source>
        <translation>The older version (.omnimap).</translation>
    </message>
    <message>
        <source>The newer version (.omnimap).</source>
        <translation>The newer version (.omnimap).</translation>
    </message>
    <message>
        <source>Show what changed from A to B: items added, removed, changed and reordered, per journey.</source>
        <translation>Show what changed from A to B: items added, removed, changed and reordered, per journey.</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use text or json</source>
        <translation>unknown format &quot;%1&quot;; use text or json</translation>
    </message>
    <message>
        <source>expected exactly two files; see --help</source>
        <translation>expected exactly two files; see --help</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>wrote %1</translation>
    </message>
    <message>
        <source>Write the PDF plan.</source>
        <translation>Write the PDF plan.</translation>
    </message>
    <message>
        <source>Write the JSON plan.</source>
        <translation>Write the JSON plan.</translation>
    </message>
    <message>
        <source>Write an SVG of each journey map into DIR.</source>
        <translation>Write an SVG of each journey map into DIR.</translation>
    </message>
    <message>
        <source>Write a PNG of each journey map into DIR.</source>
        <translation>Write a PNG of each journey map into DIR.</translation>
    </message>
    <message>
        <source>PNG resolution (24 to 600).</source>
        <translation>PNG resolution (24 to 600).</translation>
    </message>
    <message>
        <source>Write KPI, touchpoint and campaign tables (and, with --db, attribution) into DIR.</source>
        <translation>Write KPI, touchpoint and campaign tables (and, with --db, attribution) into DIR.</translation>
    </message>
    <message>
        <source>CSV without the UTF-8 byte-order mark.</source>
        <translation>CSV without the UTF-8 byte-order mark.</translation>
    </message>
    <message>
        <source>Write each journey as an OpenJourney .ojf file into DIR.</source>
        <translation>Write each journey as an OpenJourney .ojf file into DIR.</translation>
    </message>
    <message>
        <source>Only this journey (id or name).</source>
        <translation>Only this journey (id or name).</translation>
    </message>
    <message>
        <source>Report language: en or ko.</source>
        <translation>Report language: en or ko.</translation>
    </message>
    <message>
        <source>Project file (.omnimap).</source>
        <translation>Project file (.omnimap).</translation>
    </message>
    <message>
        <source>no journey &quot;%1&quot;</source>
        <translation>no journey &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Project file to write (.omnimap).</source>
        <translation>Project file to write (.omnimap).</translation>
    </message>
    <message>
        <source>Import every swimlane as a channel (default: lanes named like pain points, opportunities or thoughts become note lanes).</source>
        <translation>Import every swimlane as a channel (default: lanes named like pain points, opportunities or thoughts become note lanes).</translation>
    </message>
    <message>
        <source>Overwrite an existing project file.</source>
        <translation>Overwrite an existing project file.</translation>
    </message>
    <message>
        <source>OpenJourney file (.ojf).</source>
        <translation>OpenJourney file (.ojf).</translation>
    </message>
    <message>
        <source>Import an OpenJourney (.ojf) map as a new project.</source>
        <translation>Import an OpenJourney (.ojf) map as a new project.</translation>
    </message>
    <message>
        <source>need --out PROJECT.omnimap</source>
        <translation>need --out PROJECT.omnimap</translation>
    </message>
    <message>
        <source>exists; use --force to overwrite</source>
        <translation>exists; use --force to overwrite</translation>
    </message>
    <message>
        <source>wrote %1: %2 stages, %3 lanes, %4 touchpoints</source>
        <translation>wrote %1: %2 stages, %3 lanes, %4 touchpoints</translation>
    </message>
    <message>
        <source>Project file.</source>
        <translation>Project file.</translation>
    </message>
    <message>
        <source>Summarise a project file.</source>
        <translation>Summarise a project file.</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Project: %1</translation>
    </message>
    <message>
        <source>Format version: %1</source>
        <translation>Format version: %1</translation>
    </message>
    <message>
        <source>Departments: %1</source>
        <translation>Departments: %1</translation>
    </message>
    <message>
        <source>Channels: %1</source>
        <translation>Channels: %1</translation>
    </message>
    <message>
        <source>Personas: %1</source>
        <translation>Personas: %1</translation>
    </message>
    <message>
        <source>Journey: %1 (%2 stages, %3 lanes, %4 touchpoints, %5 hand-offs)</source>
        <translation>Journey: %1 (%2 stages, %3 lanes, %4 touchpoints, %5 hand-offs)</translation>
    </message>
    <message>
        <source>KPIs: %1</source>
        <translation>KPIs: %1</translation>
    </message>
    <message>
        <source>Checklists: %1</source>
        <translation>Checklists: %1</translation>
    </message>
    <message>
        <source>Campaigns: %1</source>
        <translation>Campaigns: %1</translation>
    </message>
    <message>
        <source>Scenarios: %1</source>
        <translation>Scenarios: %1</translation>
    </message>
    <message>
        <source>Problems: %1 (run &apos;omnimap-cli validate&apos;)</source>
        <translation>Problems: %1 (run &apos;omnimap-cli validate&apos;)</translation>
    </message>
    <message>
        <source>has unresolved merge conflicts; resolve them in Omnimap first</source>
        <translation>has unresolved merge conflicts; resolve them in Omnimap first</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>Where to write the merged plan (may be OURS).</source>
        <translation>Where to write the merged plan (may be OURS).</translation>
    </message>
    <message>
        <source>Print conflicts only.</source>
        <translation>Print conflicts only.</translation>
    </message>
    <message>
        <source>The version both copies started from.</source>
        <translation>The version both copies started from.</translation>
    </message>
    <message>
        <source>Our edited copy.</source>
        <translation>Our edited copy.</translation>
    </message>
    <message>
        <source>Their edited copy.</source>
        <translation>Their edited copy.</translation>
    </message>
    <message>
        <source>Merge two edited copies of a plan by stable ids. Exit 0: merged cleanly; 1: conflicts were written into OUT (with our values; open it in Omnimap to resolve them) or an input is invalid; 2: usage.</source>
        <translation>Merge two edited copies of a plan by stable ids. Exit 0: merged cleanly; 1: conflicts were written into OUT (with our values; open it in Omnimap to resolve them) or an input is invalid; 2: usage.</translation>
    </message>
    <message>
        <source>expected BASE OURS THEIRS -o OUT; see --help</source>
        <translation>expected BASE OURS THEIRS -o OUT; see --help</translation>
    </message>
    <message>
        <source>conflict: %1</source>
        <translation>conflict: %1</translation>
    </message>
    <message>
        <source>base:</source>
        <translation>base:</translation>
    </message>
    <message>
        <source>ours:</source>
        <translation>ours:</translation>
    </message>
    <message>
        <source>theirs:</source>
        <translation>theirs:</translation>
    </message>
    <message>
        <source>merged cleanly into %1</source>
        <translation>merged cleanly into %1</translation>
    </message>
    <message>
        <source>Data set.</source>
        <translation>Data set.</translation>
    </message>
    <message>
        <source>Model: %1.</source>
        <translation>Model: %1.</translation>
    </message>
    <message>
        <source>Time-decay half-life in days.</source>
        <translation>Time-decay half-life in days.</translation>
    </message>
    <message>
        <source>Look-back window in days.</source>
        <translation>Look-back window in days.</translation>
    </message>
    <message>
        <source>Output format: text, json or csv.</source>
        <translation>Output format: text, json or csv.</translation>
    </message>
    <message>
        <source>Attribute conversions and value to channels.</source>
        <translation>Attribute conversions and value to channels.</translation>
    </message>
    <message>
        <source>Attribution (%1): %2 conversions, value %3</source>
        <translation>Attribution (%1): %2 conversions, value %3</translation>
    </message>
    <message>
        <source>Project file whose journey the sample follows.</source>
        <translation>Project file whose journey the sample follows.</translation>
    </message>
    <message>
        <source>Number of events (1000 to 10000000).</source>
        <translation>Number of events (1000 to 10000000).</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same data.</source>
        <translation>Random seed; the same seed gives the same data.</translation>
    </message>
    <message>
        <source>Data set to create (SQLite).</source>
        <translation>Data set to create (SQLite).</translation>
    </message>
    <message>
        <source>Journey id (default: the first).</source>
        <translation>Journey id (default: the first).</translation>
    </message>
    <message>
        <source>Replace an existing data set.</source>
        <translation>Replace an existing data set.</translation>
    </message>
    <message>
        <source>Generate a deterministic sample data set for a project.</source>
        <translation>Generate a deterministic sample data set for a project.</translation>
    </message>
    <message>
        <source>--out is required; --events must be a positive count, --seed a number, --format text|json|csv</source>
        <translation>--out is required; --events must be a positive count, --seed a number, --format text|json|csv</translation>
    </message>
    <message>
        <source>%1 already exists; use --force to replace it</source>
        <translation>%1 already exists; use --force to replace it</translation>
    </message>
    <message>
        <source>Sample data written to %1</source>
        <translation>Sample data written to %1</translation>
    </message>
    <message>
        <source>Data set (created when missing).</source>
        <translation>Data set (created when missing).</translation>
    </message>
    <message>
        <source>Event-level CSV to import.</source>
        <translation>Event-level CSV to import.</translation>
    </message>
    <message>
        <source>Aggregated paths CSV (path, total_conversions, total_null, total_conversion_value).</source>
        <translation>Aggregated paths CSV (path, total_conversions, total_null, total_conversion_value).</translation>
    </message>
    <message>
        <source>Import the good rows and record the bad ones.</source>
        <translation>Import the good rows and record the bad ones.</translation>
    </message>
    <message>
        <source>--map expects FIELD=COLUMN, got &quot;%1&quot;</source>
        <translation>--map expects FIELD=COLUMN, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no such file</translation>
    </message>
    <message>
        <source>… and %1 more problems</source>
        <translation>… and %1 more problems</translation>
    </message>
    <message>
        <source>Imported %1 into %2</source>
        <translation>Imported %1 into %2</translation>
    </message>
    <message>
        <source>Measure the KPIs bound to the data set.</source>
        <translation>Measure the KPIs bound to the data set.</translation>
    </message>
    <message>
        <source>need --db; --format text|json|csv</source>
        <translation>need --db; --format text|json|csv</translation>
    </message>
    <message>
        <source>KPIs measured on %1</source>
        <translation>KPIs measured on %1</translation>
    </message>
    <message>
        <source>Number of top paths.</source>
        <translation>Number of top paths.</translation>
    </message>
    <message>
        <source>Path level: channel or touchpoint.</source>
        <translation>Path level: channel or touchpoint.</translation>
    </message>
    <message>
        <source>Only events at or after this date.</source>
        <translation>Only events at or after this date.</translation>
    </message>
    <message>
        <source>Only events before this date.</source>
        <translation>Only events before this date.</translation>
    </message>
    <message>
        <source>Event type that converts (repeatable; default purchase).</source>
        <translation>Event type that converts (repeatable; default purchase).</translation>
    </message>
    <message>
        <source>Project file (for --persona and the stage order).</source>
        <translation>Project file (for --persona and the stage order).</translation>
    </message>
    <message>
        <source>Only customers of this persona&apos;s segment (name or id).</source>
        <translation>Only customers of this persona&apos;s segment (name or id).</translation>
    </message>
    <message>
        <source>Only one part: paths, transitions, funnel or time.</source>
        <translation>Only one part: paths, transitions, funnel or time.</translation>
    </message>
    <message>
        <source>Path analysis: top paths, channel transitions, stage funnel, time to convert.</source>
        <translation>Path analysis: top paths, channel transitions, stage funnel, time to convert.</translation>
    </message>
    <message>
        <source>--%1: not a date: %2</source>
        <translation>--%1: not a date: %2</translation>
    </message>
    <message>
        <source>no persona &quot;%1&quot;</source>
        <translation>no persona &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Top paths: %1 journeys, %2 conversions (%3 %), %4 distinct paths</source>
        <translation>Top paths: %1 journeys, %2 conversions (%3 %), %4 distinct paths</translation>
    </message>
    <message>
        <source>Channel transitions (count, probability)</source>
        <translation>Channel transitions (count, probability)</translation>
    </message>
    <message>
        <source>Stage funnel (customers)</source>
        <translation>Stage funnel (customers)</translation>
    </message>
    <message>
        <source>Time to convert: mean %1 days, median %2, 90th percentile %3</source>
        <translation>Time to convert: mean %1 days, median %2, 90th percentile %3</translation>
    </message>
    <message>
        <source>Data set to calibrate from (without it: the plan&apos;s own structure).</source>
        <translation>Data set to calibrate from (without it: the plan&apos;s own structure).</translation>
    </message>
    <message>
        <source>Simulated customers per persona.</source>
        <translation>Simulated customers per persona.</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>Random seed.</translation>
    </message>
    <message>
        <source>What-if scenario (name or id).</source>
        <translation>What-if scenario (name or id).</translation>
    </message>
    <message>
        <source>Only this persona (name or id).</source>
        <translation>Only this persona (name or id).</translation>
    </message>
    <message>
        <source>Worker threads (0: all cores); results do not depend on it.</source>
        <translation>Worker threads (0: all cores); results do not depend on it.</translation>
    </message>
    <message>
        <source>Fewer journeys than this in the data: use the plan&apos;s structure.</source>
        <translation>Fewer journeys than this in the data: use the plan&apos;s structure.</translation>
    </message>
    <message>
        <source>Simulate customers per persona through the journey.</source>
        <translation>Simulate customers per persona through the journey.</translation>
    </message>
    <message>
        <source>no journey to simulate</source>
        <translation>no journey to simulate</translation>
    </message>
    <message>
        <source>no scenario &quot;%1&quot;</source>
        <translation>no scenario &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Simulation of %1 customers per persona, seed %2%3</source>
        <translation>Simulation of %1 customers per persona, seed %2%3</translation>
    </message>
    <message>
        <source>, scenario &quot;%1&quot;</source>
        <translation>, scenario &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Stage reach and drop-off</source>
        <translation>Stage reach and drop-off</translation>
    </message>
    <message>
        <source>KPIs: simulated vs target (on track: met; at risk: within 10 %; off track: worse)</source>
        <translation>KPIs: simulated vs target (on track: met; at risk: within 10 %; off track: worse)</translation>
    </message>
    <message>
        <source>(all customers)</source>
        <translation>(all customers)</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>cannot open: %1</translation>
    </message>
    <message>
        <source>file is larger than %1 bytes</source>
        <translation>file is larger than %1 bytes</translation>
    </message>
    <message>
        <source>valid JSON</source>
        <translation>valid JSON</translation>
    </message>
    <message>
        <source>Check JSON syntax only (exit 0 valid, 1 invalid).</source>
        <translation>Check JSON syntax only (exit 0 valid, 1 invalid).</translation>
    </message>
    <message>
        <source>Print problems only.</source>
        <translation>Print problems only.</translation>
    </message>
    <message>
        <source>Project files (.omnimap) to check.</source>
        <translation>Project files (.omnimap) to check.</translation>
    </message>
    <message>
        <source>Check project files: JSON syntax, field types and ranges, ids and references.</source>
        <translation>Check project files: JSON syntax, field types and ranges, ids and references.</translation>
    </message>
    <message>
        <source>; order %1 (%2), %3 states, P(conversion) %4</source>
        <translation>; order %1 (%2), %3 states, P(conversion) %4</translation>
    </message>
    <message>
        <source>repeats collapsed</source>
        <translation>repeats collapsed</translation>
    </message>
    <message>
        <source>every touch counted</source>
        <translation>every touch counted</translation>
    </message>
    <message>
        <source>; 90 % intervals from %1 bootstrap replicates (seed %2)</source>
        <translation>; 90 % intervals from %1 bootstrap replicates (seed %2)</translation>
    </message>
    <message>
        <source>Order choice: %1-fold cross-validation over %2 journeys; held-out log-likelihood per journey (higher is better)</source>
        <translation>Order choice: %1-fold cross-validation over %2 journeys; held-out log-likelihood per journey (higher is better)</translation>
    </message>
    <message>
        <source>Order %1 has the highest held-out log-likelihood.</source>
        <translation>Order %1 has the highest held-out log-likelihood.</translation>
    </message>
    <message>
        <source>No two channels&apos; 90 % intervals overlap.</source>
        <translation>No two channels&apos; 90 % intervals overlap.</translation>
    </message>
    <message>
        <source>Indistinguishable (their 90 % intervals overlap):</source>
        <translation>Indistinguishable (their 90 % intervals overlap):</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <source>Markov order, 1 to 4, or auto (chosen by 5-fold cross-validation).</source>
        <translation>Markov order, 1 to 4, or auto (chosen by 5-fold cross-validation).</translation>
    </message>
    <message>
        <source>Markov: count consecutive repeats of a channel once (the older variant).</source>
        <translation>Markov: count consecutive repeats of a channel once (the older variant).</translation>
    </message>
    <message>
        <source>Bootstrap replicates for the 90 % intervals (0: none).</source>
        <translation>Bootstrap replicates for the 90 % intervals (0: none).</translation>
    </message>
    <message>
        <source>Seed of the bootstrap and the cross-validation folds.</source>
        <translation>Seed of the bootstrap and the cross-validation folds.</translation>
    </message>
    <message>
        <source>Export a plan: PDF report, web page, JSON plan, SVG/PNG maps, CSV tables, OpenJourney</source>
        <translation>Export a plan: PDF report, web page, JSON plan, SVG/PNG maps, CSV tables, OpenJourney</translation>
    </message>
    <message>
        <source>Write the plan as one self-contained web page.</source>
        <translation>Write the plan as one self-contained web page.</translation>
    </message>
    <message>
        <source>Paper: a4, a3, a2, letter or tabloid.</source>
        <translation>Paper: a4, a3, a2, letter or tabloid.</translation>
    </message>
    <message>
        <source>Map pages: auto (turn with the map), portrait or landscape.</source>
        <translation>Map pages: auto (turn with the map), portrait or landscape.</translation>
    </message>
    <message>
        <source>Map pages: auto (one page when the card text stays at 7 pt or more, readable tiles otherwise), overview (one page however small) or poster (one large page).</source>
        <translation>Map pages: auto (one page when the card text stays at 7 pt or more, readable tiles otherwise), overview (one page however small) or poster (one large page).</translation>
    </message>
    <message>
        <source>Export a plan: PDF, web page, JSON plan, SVG/PNG maps, CSV tables, OpenJourney.</source>
        <translation>Export a plan: PDF, web page, JSON plan, SVG/PNG maps, CSV tables, OpenJourney.</translation>
    </message>
    <message>
        <source>Show the SQL sent to a warehouse and the server&apos;s plan for it</source>
        <translation>Show the SQL sent to a warehouse and the server&apos;s plan for it</translation>
    </message>
    <message>
        <source>Benchmark the feedback import, measured curve and phrases</source>
        <translation>Benchmark the feedback import, measured curve and phrases</translation>
    </message>
    <message>
        <source>Customer feedback per stage, touchpoint or channel: scores, measured emotion, phrases</source>
        <translation>Customer feedback per stage, touchpoint or channel: scores, measured emotion, phrases</translation>
    </message>
    <message>
        <source>Import events, aggregated paths or feedback from CSV into a data set</source>
        <translation>Import events, aggregated paths or feedback from CSV into a data set</translation>
    </message>
    <message>
        <source>Read an experiment (A/B test) on a data set</source>
        <translation>Read an experiment (A/B test) on a data set</translation>
    </message>
    <message>
        <source>Data set whose customers carry the attribute &quot;variant&quot;.</source>
        <translation>Data set whose customers carry the attribute &quot;variant&quot;.</translation>
    </message>
    <message>
        <source>Experiment name or id (default: the plan&apos;s only one).</source>
        <translation>Experiment name or id (default: the plan&apos;s only one).</translation>
    </message>
    <message>
        <source>Read an experiment (A/B test) of the plan on a data set.</source>
        <translation>Read an experiment (A/B test) of the plan on a data set.</translation>
    </message>
    <message>
        <source>%1: no such data set</source>
        <translation>%1: no such data set</translation>
    </message>
    <message>
        <source>Experiment whose variants customers get (default: the journey&apos;s only one).</source>
        <translation>Experiment whose variants customers get (default: the journey&apos;s only one).</translation>
    </message>
    <message>
        <source>Plant a known effect: VARIANT=+0.02 raises that variant&apos;s conversion after exposure by 2 points (repeatable).</source>
        <translation>Plant a known effect: VARIANT=+0.02 raises that variant&apos;s conversion after exposure by 2 points (repeatable).</translation>
    </message>
    <message>
        <source>--effect wants VARIANT=CHANGE with a change between -1 and 1, e.g. B=+0.02</source>
        <translation>--effect wants VARIANT=CHANGE with a change between -1 and 1, e.g. B=+0.02</translation>
    </message>
    <message>
        <source>No KPI of the plan is bound to the data set.</source>
        <translation>No KPI of the plan is bound to the data set.</translation>
    </message>
    <message>
        <source>the data set has no events.</source>
        <translation>the data set has no events.</translation>
    </message>
    <message>
        <source>KPIs per %1 measured on %2</source>
        <translation>KPIs per %1 measured on %2</translation>
    </message>
    <message>
        <source>Measure per period over the data set&apos;s range: day, week (ISO, Monday start) or month, in UTC.</source>
        <translation>Measure per period over the data set&apos;s range: day, week (ISO, Monday start) or month, in UTC.</translation>
    </message>
    <message>
        <source>--by day|week|month, and not with --out</source>
        <translation>--by day|week|month, and not with --out</translation>
    </message>
    <message>
        <source>Benchmark reading an experiment (A/B test) on a data set</source>
        <translation>Benchmark reading an experiment (A/B test) on a data set</translation>
    </message>
    <message>
        <source>Write the generated CSVs and data sets into this existing folder and keep them (to time another build&apos;s import on the same files).</source>
        <translation>Write the generated CSVs and data sets into this existing folder and keep them (to time another build&apos;s import on the same files).</translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation>no such folder</translation>
    </message>
    <message>
        <source>Data set whose customer feedback is checked against the plan.</source>
        <translation>Data set whose customer feedback is checked against the plan.</translation>
    </message>
    <message>
        <source>Data set (SQLite) with the events.</source>
        <translation>Data set (SQLite) with the events.</translation>
    </message>
    <message>
        <source>Campaign name or id.</source>
        <translation>Campaign name or id.</translation>
    </message>
    <message>
        <source>Compare with this channel (name or id), which the campaign must not touch.</source>
        <translation>Compare with this channel (name or id), which the campaign must not touch.</translation>
    </message>
    <message>
        <source>Compare with this persona&apos;s segment (name or id), which the campaign must not target.</source>
        <translation>Compare with this persona&apos;s segment (name or id), which the campaign must not target.</translation>
    </message>
    <message>
        <source>Ignore the comparison stored with the campaign.</source>
        <translation>Ignore the comparison stored with the campaign.</translation>
    </message>
    <message>
        <source>Compare a campaign&apos;s KPIs with the same-length period before it.</source>
        <translation>Compare a campaign&apos;s KPIs with the same-length period before it.</translation>
    </message>
    <message>
        <source>need --db and --campaign; at most one of --compare-channel, --compare-segment, --no-compare; --format text|json|csv</source>
        <translation>need --db and --campaign; at most one of --compare-channel, --compare-segment, --no-compare; --format text|json|csv</translation>
    </message>
    <message>
        <source>A campaign&apos;s KPIs before and during it, with difference-in-differences</source>
        <translation>A campaign&apos;s KPIs before and during it, with difference-in-differences</translation>
    </message>
    <message>
        <source>No KPI was measured: nothing to record; the plan is unchanged.</source>
        <translation>No KPI was measured: nothing to record; the plan is unchanged.</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n value(s) into %1.</source>
        <translation>
            <numerusform>Recorded %n value into %1.</numerusform>
            <numerusform>Recorded %n values into %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the project with the measured values as KPI actuals (with --record: where to save the plan; default PROJECT itself).</source>
        <translation>Write the project with the measured values as KPI actuals (with --record: where to save the plan; default PROJECT itself).</translation>
    </message>
    <message>
        <source>Record the measured values into the KPIs&apos; history in the plan (with --by: each KPI&apos;s last complete period).</source>
        <translation>Record the measured values into the KPIs&apos; history in the plan (with --by: each KPI&apos;s last complete period).</translation>
    </message>
    <message>
        <source>With --record: the note stored with every recorded value.</source>
        <translation>With --record: the note stored with every recorded value.</translation>
    </message>
    <message>
        <source>With --record: the date the values describe (default: the data set&apos;s last day).</source>
        <translation>With --record: the date the values describe (default: the data set&apos;s last day).</translation>
    </message>
    <message>
        <source>--date YYYY-MM-DD goes with --record (and not with --by, whose periods have their own dates)</source>
        <translation>--date YYYY-MM-DD goes with --record (and not with --by, whose periods have their own dates)</translation>
    </message>
    <message>
        <source>--note goes with --record</source>
        <translation>--note goes with --record</translation>
    </message>
    <message>
        <source>give --date YYYY-MM-DD: the date the recorded values describe is not known for this source.</source>
        <translation>give --date YYYY-MM-DD: the date the recorded values describe is not known for this source.</translation>
    </message>
    <message>
        <source>Data set for the attribution table (--csv), the PDF report&apos;s attribution and feedback sections (--pdf) and the JSON plan&apos;s feedback (--json).</source>
        <translation>Data set for the attribution table (--csv), the PDF report&apos;s attribution and feedback sections (--pdf) and the JSON plan&apos;s feedback (--json).</translation>
    </message>
    <message>
        <source>need at least one of --pdf --html --json --svg --png --csv --ojf; --dpi 24..600; --paper a4|a3|a2|letter|tabloid; --orientation auto|portrait|landscape; --map auto|overview|poster; --lang en|ko; --db only with --csv, --pdf or --json</source>
        <translation>need at least one of --pdf --html --json --svg --png --csv --ojf; --dpi 24..600; --paper a4|a3|a2|letter|tabloid; --orientation auto|portrait|landscape; --map auto|overview|poster; --lang en|ko; --db only with --csv, --pdf or --json</translation>
    </message>
    <message>
        <source>Warehouse instead of --db: postgres://… or clickhouse://user@host:8123/database?table=…</source>
        <translation>Warehouse instead of --db: postgres://… or clickhouse://user@host:8123/database?table=…</translation>
    </message>
    <message>
        <source>need --db or --source; --format text|json|csv</source>
        <translation>need --db or --source; --format text|json|csv</translation>
    </message>
    <message>
        <source>Project whose first journey the data follows.</source>
        <translation>Project whose first journey the data follows.</translation>
    </message>
    <message>
        <source>Benchmark reading an experiment (A/B test) on a data set.</source>
        <translation>Benchmark reading an experiment (A/B test) on a data set.</translation>
    </message>
    <message>
        <source>--events 1000..100000000, --runs 1..20</source>
        <translation>--events 1000..100000000, --runs 1..20</translation>
    </message>
    <message>
        <source>the project needs a journey with touchpoints</source>
        <translation>the project needs a journey with touchpoints</translation>
    </message>
    <message>
        <source>Column for a field, e.g. customer=user_id (repeatable). Fields: %1, attr:NAME; with --feedback: %2.</source>
        <translation>Column for a field, e.g. customer=user_id (repeatable). Fields: %1, attr:NAME; with --feedback: %2.</translation>
    </message>
    <message>
        <source>Feedback CSV (ts, kind, score, text, touchpoint and/or stage, customer, channel, source).</source>
        <translation>Feedback CSV (ts, kind, score, text, touchpoint and/or stage, customer, channel, source).</translation>
    </message>
    <message>
        <source>With --feedback: reject rows naming a touchpoint or stage this project does not have.</source>
        <translation>With --feedback: reject rows naming a touchpoint or stage this project does not have.</translation>
    </message>
    <message>
        <source>Import events, aggregated paths or feedback into a data set, all rows or none.</source>
        <translation>Import events, aggregated paths or feedback into a data set, all rows or none.</translation>
    </message>
    <message>
        <source>need --db and exactly one of --events, --paths or --feedback (--project only with --feedback); --format text|json|csv</source>
        <translation>need --db and exactly one of --events, --paths or --feedback (--project only with --feedback); --format text|json|csv</translation>
    </message>
    <message>
        <source>Warehouse instead of --db: postgres://user@host:port/database?table=… or clickhouse://user@host:8123/database?table=… (password from PGPASSWORD / CLICKHOUSE_PASSWORD or asked).</source>
        <translation>Warehouse instead of --db: postgres://user@host:port/database?table=… or clickhouse://user@host:8123/database?table=… (password from PGPASSWORD / CLICKHOUSE_PASSWORD or asked).</translation>
    </message>
    <message>
        <source>need --db or --source; --top and --lookback positive numbers; --level channel|touchpoint; --section paths|transitions|funnel|time; --persona needs --project; --format text|json|csv</source>
        <translation>need --db or --source; --top and --lookback positive numbers; --level channel|touchpoint; --section paths|transitions|funnel|time; --persona needs --project; --format text|json|csv</translation>
    </message>
    <message>
        <source>Project whose first journey names the stages and touchpoints.</source>
        <translation>Project whose first journey names the stages and touchpoints.</translation>
    </message>
    <message>
        <source>Feedback rows.</source>
        <translation>Feedback rows.</translation>
    </message>
    <message>
        <source>Benchmark the feedback import, measured curve and phrases.</source>
        <translation>Benchmark the feedback import, measured curve and phrases.</translation>
    </message>
    <message>
        <source>--rows 1..100000000, --runs 1..20</source>
        <translation>--rows 1..100000000, --runs 1..20</translation>
    </message>
    <message>
        <source>could not prepare the benchmark data set</source>
        <translation>could not prepare the benchmark data set</translation>
    </message>
    <message>
        <source>the import failed: %1</source>
        <translation>the import failed: %1</translation>
    </message>
    <message>
        <source>Warehouse: postgres://… or clickhouse://user@host:8123/database?table=…</source>
        <translation>Warehouse: postgres://… or clickhouse://user@host:8123/database?table=…</translation>
    </message>
    <message>
        <source>Run the queries (EXPLAIN ANALYZE) to show real row counts.</source>
        <translation>Run the queries (EXPLAIN ANALYZE) to show real row counts.</translation>
    </message>
    <message>
        <source>Show the push-down SQL and the warehouse&apos;s plan for each query.</source>
        <translation>Show the push-down SQL and the warehouse&apos;s plan for each query.</translation>
    </message>
    <message>
        <source>need --source postgres://… or clickhouse://…</source>
        <translation>need --source postgres://… or clickhouse://…</translation>
    </message>
    <message>
        <source>Journeys: paths at both levels and time to convert</source>
        <translation>Journeys: paths at both levels and time to convert</translation>
    </message>
    <message>
        <source>Funnel: customers per stage</source>
        <translation>Funnel: customers per stage</translation>
    </message>
    <message>
        <source>Time-decay attribution credits</source>
        <translation>Time-decay attribution credits</translation>
    </message>
    <message>
        <source>Simulation chain: cells and transitions</source>
        <translation>Simulation chain: cells and transitions</translation>
    </message>
    <message>
        <source>Simulation chain: event types per cell</source>
        <translation>Simulation chain: event types per cell</translation>
    </message>
    <message>
        <source>KPI counts</source>
        <translation>KPI counts</translation>
    </message>
    <message>
        <source>Warehouse to calibrate from instead of --db: postgres://… or clickhouse://user@host:8123/database?table=…</source>
        <translation>Warehouse to calibrate from instead of --db: postgres://… or clickhouse://user@host:8123/database?table=…</translation>
    </message>
    <message>
        <source>--db or --source, not both; --customers must be a positive count, --seed a number, --threads ≥ 0; --format text|json|csv</source>
        <translation>--db or --source, not both; --customers must be a positive count, --seed a number, --threads ≥ 0; --format text|json|csv</translation>
    </message>
    <message>
        <source>Password for %1@%2: </source>
        <translation>Password for %1@%2: </translation>
    </message>
    <message>
        <source>Project file whose journey the feedback is placed on.</source>
        <translation>Project file whose journey the feedback is placed on.</translation>
    </message>
    <message>
        <source>Group scores by stage, touchpoint or channel.</source>
        <translation>Group scores by stage, touchpoint or channel.</translation>
    </message>
    <message>
        <source>Fewest scores for a measured point to be shown.</source>
        <translation>Fewest scores for a measured point to be shown.</translation>
    </message>
    <message>
        <source>Phrases of low-score feedback listed per group.</source>
        <translation>Phrases of low-score feedback listed per group.</translation>
    </message>
    <message>
        <source>Customer feedback: scores, the measured emotion curve, phrases of low scores, detractor paths.</source>
        <translation>Customer feedback: scores, the measured emotion curve, phrases of low scores, detractor paths.</translation>
    </message>
    <message>
        <source>need --db; --by stage|touchpoint|channel; --min-n a positive and --phrases a non-negative count; --format text|json|csv</source>
        <translation>need --db; --by stage|touchpoint|channel; --min-n a positive and --phrases a non-negative count; --format text|json|csv</translation>
    </message>
    <message>
        <source>the project has no journey &quot;%1&quot;</source>
        <translation>the project has no journey &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Feedback by %1</source>
        <translation>Feedback by %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Measured emotion on %1 (minimum n %2)</source>
        <translation>Measured emotion on %1 (minimum n %2)</translation>
    </message>
    <message>
        <source>Phrases of low-score feedback by %1</source>
        <translation>Phrases of low-score feedback by %1</translation>
    </message>
    <message>
        <source>Paths followed by a low score</source>
        <translation>Paths followed by a low score</translation>
    </message>
    <message>
        <source>events (journeys built from events) or paths (imported aggregated paths); default: events if there are any. Or a warehouse: postgres://user@host:port/database?table=… or clickhouse://user@host:8123/database?table=… instead of --db.</source>
        <translation>events (journeys built from events) or paths (imported aggregated paths); default: events if there are any. Or a warehouse: postgres://user@host:port/database?table=… or clickhouse://user@host:8123/database?table=… instead of --db.</translation>
    </message>
    <message>
        <source>need --db or --source postgres://…; --model %1; --order 1..4 or auto; --bootstrap 0..%2; --seed a whole number; --half-life and --lookback positive; --source events|paths|postgres://…; --format text|json|csv</source>
        <translation>need --db or --source postgres://…; --model %1; --order 1..4 or auto; --bootstrap 0..%2; --seed a whole number; --half-life and --lookback positive; --source events|paths|postgres://…; --format text|json|csv</translation>
    </message>
</context>
<context>
    <name>omnimap</name>
    <message>
        <source>The plan has no experiment. Add one to a touchpoint or a hand-off first.</source>
        <translation>The plan has no experiment. Add one to a touchpoint or a hand-off first.</translation>
    </message>
    <message>
        <source>The plan has %1 experiments; name one: %2</source>
        <translation>The plan has %1 experiments; name one: %2</translation>
    </message>
    <message>
        <source>No experiment is named &quot;%1&quot;.</source>
        <translation>No experiment is named &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>An experiment needs at least two variants.</source>
        <translation>An experiment needs at least two variants.</translation>
    </message>
    <message>
        <source>Every variant needs a label (the value of the customers&apos; &quot;variant&quot; attribute).</source>
        <translation>Every variant needs a label (the value of the customers&apos; &quot;variant&quot; attribute).</translation>
    </message>
    <message>
        <source>Two variants are labelled &quot;%1&quot;.</source>
        <translation>Two variants are labelled &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Variant &quot;%1&quot; gets no traffic.</source>
        <translation>Variant &quot;%1&quot; gets no traffic.</translation>
    </message>
    <message>
        <source>The traffic split adds up to %1 %, not 100 %.</source>
        <translation>The traffic split adds up to %1 %, not 100 %.</translation>
    </message>
    <message>
        <source>Choose the primary KPI that decides the test.</source>
        <translation>Choose the primary KPI that decides the test.</translation>
    </message>
    <message>
        <source>The primary KPI &quot;%1&quot; has no data binding, so conversions can not be counted.</source>
        <translation>The primary KPI &quot;%1&quot; has no data binding, so conversions can not be counted.</translation>
    </message>
    <message>
        <source>The minimum detectable effect must be a change of the rate between 0 and 1 (0.02 = 2 points).</source>
        <translation>The minimum detectable effect must be a change of the rate between 0 and 1 (0.02 = 2 points).</translation>
    </message>
    <message>
        <source>α and power must be between 0 and 1.</source>
        <translation>α and power must be between 0 and 1.</translation>
    </message>
    <message>
        <source>The start date &quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>The start date &quot;%1&quot; is not a date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The end date &quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>The end date &quot;%1&quot; is not a date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The experiment ends before it starts.</source>
        <translation>The experiment ends before it starts.</translation>
    </message>
</context>
<context>
    <name>omnimap::AboutDialog</name>
    <message>
        <source>About Omnimap</source>
        <translation>About Omnimap</translation>
    </message>
    <message>
        <source>&amp;Copy Version Info</source>
        <translation>&amp;Copy Version Info</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Plan omnichannel customer journeys and campaigns, and check them against your own customer data — offline, on your own machine.</source>
        <translation>Plan omnichannel customer journeys and campaigns, and check them against your own customer data — offline, on your own machine.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2 · %3</source>
        <translation>Built with Qt %1, running on Qt %2 · %3</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>Web site</translation>
    </message>
    <message>
        <source>Omnimap is built on the work of others, used under these licences:</source>
        <translation>Omnimap is built on the work of others, used under these licences:</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>Free software: use, copy, change and share it under the MIT licence.</source>
        <translation>Free software: use, copy, change and share it under the MIT licence.</translation>
    </message>
</context>
<context>
    <name>omnimap::Appearance</name>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
</context>
<context>
    <name>omnimap::AppearanceMenu</name>
    <message>
        <source>Language changed. Some panels update after a restart.</source>
        <translation>Language changed. Some panels update after a restart.</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Appearance</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
</context>
<context>
    <name>omnimap::Application</name>
    <message>
        <source>Plan omnichannel customer journeys and campaigns.</source>
        <translation>Plan omnichannel customer journeys and campaigns.</translation>
    </message>
    <message>
        <source>Project files to open.</source>
        <translation>Project files to open.</translation>
    </message>
    <message>
        <source>Open a bundled sample project (e.g. cafe).</source>
        <translation>Open a bundled sample project (e.g. cafe).</translation>
    </message>
    <message>
        <source>Open a data set (.sqlite) with the plan, for the dashboard and scenarios.</source>
        <translation>Open a data set (.sqlite) with the plan, for the dashboard and scenarios.</translation>
    </message>
</context>
<context>
    <name>omnimap::Avatar</name>
    <message>
        <source>the picture is larger than %1 × %1 pixels or its size cannot be read</source>
        <translation>the picture is larger than %1 × %1 pixels or its size cannot be read</translation>
    </message>
    <message>
        <source>%1 is not a picture file</source>
        <translation>%1 is not a picture file</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a picture file of at most 32 MB</source>
        <translation>%1 is not a picture file of at most 32 MB</translation>
    </message>
    <message>
        <source>%1 is not a PNG or JPEG picture</source>
        <translation>%1 is not a PNG or JPEG picture</translation>
    </message>
    <message>
        <source>cannot read the picture %1: %2</source>
        <translation>cannot read the picture %1: %2</translation>
    </message>
    <message>
        <source>the picture is too large to embed</source>
        <translation>the picture is too large to embed</translation>
    </message>
</context>
<context>
    <name>omnimap::BrandDialog</name>
    <message>
        <source>Brand colour</source>
        <translation>Brand colour</translation>
    </message>
    <message>
        <source>Edit brand</source>
        <translation>Edit brand</translation>
    </message>
</context>
<context>
    <name>omnimap::CampaignEffectView</name>
    <message>
        <source>%1 pts</source>
        <translation>%1 pts</translation>
    </message>
    <message>
        <source>Two proportions (Newcombe)</source>
        <translation>Two proportions (Newcombe)</translation>
    </message>
    <message>
        <source>Rate (Poisson)</source>
        <translation>Rate (Poisson)</translation>
    </message>
    <message>
        <source>Count (Poisson)</source>
        <translation>Count (Poisson)</translation>
    </message>
    <message>
        <source>&amp;Compute</source>
        <translation>&amp;Compute</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Compare with</translation>
    </message>
    <message>
        <source>Compare &amp;with:</source>
        <translation>Compare &amp;with:</translation>
    </message>
    <message>
        <source>Cancelled: nothing was computed.</source>
        <translation>Cancelled: nothing was computed.</translation>
    </message>
    <message>
        <source>The plan has no campaign: add one with New campaign.</source>
        <translation>The plan has no campaign: add one with New campaign.</translation>
    </message>
    <message>
        <source>Compute compares the campaign&apos;s KPIs with the same number of days before it.</source>
        <translation>Compute compares the campaign&apos;s KPIs with the same number of days before it.</translation>
    </message>
    <message>
        <source>Nothing (before and after only)</source>
        <translation>Nothing (before and after only)</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>Channel: %1</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>Segment: %1</translation>
    </message>
    <message>
        <source>%1 (touched by the campaign)</source>
        <translation>%1 (touched by the campaign)</translation>
    </message>
    <message>
        <source>Change campaign comparison</source>
        <translation>Change campaign comparison</translation>
    </message>
    <message>
        <source>No data set is open: open or import one (Data ▸ Open Data Set…) to measure the campaign&apos;s KPIs.</source>
        <translation>No data set is open: open or import one (Data ▸ Open Data Set…) to measure the campaign&apos;s KPIs.</translation>
    </message>
    <message>
        <source>The campaign effect is computed on a local data set, not on a warehouse.</source>
        <translation>The campaign effect is computed on a local data set, not on a warehouse.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <source>Difference-in-differences: treated (%1) against %2.</source>
        <translation>Difference-in-differences: treated (%1) against %2.</translation>
    </message>
    <message>
        <source>Intervals are 95 %; * marks a difference whose interval excludes zero.</source>
        <translation>Intervals are 95 %; * marks a difference whose interval excludes zero.</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>During</source>
        <translation>During</translation>
    </message>
    <message>
        <source>Difference (95 % interval)</source>
        <translation>Difference (95 % interval)</translation>
    </message>
    <message>
        <source>Treated change</source>
        <translation>Treated change</translation>
    </message>
    <message>
        <source>Comparison change</source>
        <translation>Comparison change</translation>
    </message>
    <message>
        <source>Difference-in-differences (95 % interval)</source>
        <translation>Difference-in-differences (95 % interval)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effect</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 (%n day(s)) against %3 to %4: %5 events during, %6 before.</source>
        <translation>
            <numerusform>%1 to %2 (%n day) against %3 to %4: %5 events during, %6 before.</numerusform>
            <numerusform>%1 to %2 (%n days) against %3 to %4: %5 events during, %6 before.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omnimap::CampaignTimeline</name>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>&amp;New campaign</source>
        <translation>&amp;New campaign</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>Campaign:</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>&amp;Objective:</translation>
    </message>
    <message>
        <source>Journey:</source>
        <translation>Journey:</translation>
    </message>
    <message>
        <source>&amp;Persona:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Dates:</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <source>Add &amp;action</source>
        <translation>Add &amp;action</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Remove action</translation>
    </message>
    <message>
        <source>Action title</source>
        <translation>Action title</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>On touchpoint:</source>
        <translation>On touchpoint:</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>Cost:</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rename campaign</source>
        <translation>Rename campaign</translation>
    </message>
    <message>
        <source>Change objective</source>
        <translation>Change objective</translation>
    </message>
    <message>
        <source>Change target persona</source>
        <translation>Change target persona</translation>
    </message>
    <message>
        <source>Change campaign journey</source>
        <translation>Change campaign journey</translation>
    </message>
    <message>
        <source>Change campaign start</source>
        <translation>Change campaign start</translation>
    </message>
    <message>
        <source>Change campaign end</source>
        <translation>Change campaign end</translation>
    </message>
    <message>
        <source>Rename action</source>
        <translation>Rename action</translation>
    </message>
    <message>
        <source>Change action cost</source>
        <translation>Change action cost</translation>
    </message>
    <message>
        <source>Change action promotion</source>
        <translation>Change action promotion</translation>
    </message>
    <message>
        <source>Change channel budget</source>
        <translation>Change channel budget</translation>
    </message>
    <message>
        <source>(everyone)</source>
        <translation>(everyone)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>⚠ Over budget</source>
        <translation>⚠ Over budget</translation>
    </message>
    <message>
        <source>✔ Within budget</source>
        <translation>✔ Within budget</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>✔ No campaign warnings</source>
        <translation>✔ No campaign warnings</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>New campaign</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Add action</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Owner:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>C&amp;urrency:</translation>
    </message>
    <message>
        <source>Change campaign currency</source>
        <translation>Change campaign currency</translation>
    </message>
    <message>
        <source>Change campaign owner</source>
        <translation>Change campaign owner</translation>
    </message>
    <message>
        <source>Plan&apos;s (%1)</source>
        <translation>Plan&apos;s (%1)</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
</context>
<context>
    <name>omnimap::ChecklistEditor</name>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>&amp;Apply to journey channels</source>
        <translation>&amp;Apply to journey channels</translation>
    </message>
    <message>
        <source>Save as &amp;template</source>
        <translation>Save as &amp;template</translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation>Checklist:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Template:</translation>
    </message>
    <message>
        <source>Link to a screenshot or page</source>
        <translation>Link to a screenshot or page</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Evidence:</translation>
    </message>
    <message>
        <source>Re&amp;viewer:</source>
        <translation>Re&amp;viewer:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (yours)</source>
        <translation>%1 (yours)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; on %2</translation>
    </message>
    <message>
        <source>Select a channel cell: P pass, F fail, N not applicable, U unchecked.</source>
        <translation>Select a channel cell: P pass, F fail, N not applicable, U unchecked.</translation>
    </message>
    <message>
        <source>No checklist yet: pick a template and apply it to the journey&apos;s channels.</source>
        <translation>No checklist yet: pick a template and apply it to the journey&apos;s channels.</translation>
    </message>
    <message>
        <source>Score %1 · %2 passed, %3 failed, %4 not applicable, %5 unchecked</source>
        <translation>Score %1 · %2 passed, %3 failed, %4 not applicable, %5 unchecked</translation>
    </message>
    <message>
        <source>Checklist &amp;name:</source>
        <translation>Checklist &amp;name:</translation>
    </message>
    <message>
        <source>Apply checklist “%1”</source>
        <translation>Apply checklist “%1”</translation>
    </message>
</context>
<context>
    <name>omnimap::ChecklistHeatMap</name>
    <message>
        <source>Checklist heat map</source>
        <translation>Checklist heat map</translation>
    </message>
    <message>
        <source>%1✔ %2✘</source>
        <translation>%1✔ %2✘</translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>%1 open</translation>
    </message>
    <message>
        <source>Apply a checklist to channels to see the heat map.</source>
        <translation>Apply a checklist to channels to see the heat map.</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Overall</translation>
    </message>
</context>
<context>
    <name>omnimap::ChecklistResultModel</name>
    <message>
        <source>Pass</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Fail</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>Unchecked</source>
        <translation>Unchecked</translation>
    </message>
    <message>
        <source>Must hold identically on every channel (promotion parity is checked automatically).</source>
        <translation>Must hold identically on every channel (promotion parity is checked automatically).</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Not checked yet</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Evidence: %1</translation>
    </message>
    <message>
        <source>Reviewed by %1 on %2</source>
        <translation>Reviewed by %1 on %2</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Check the box when the item must hold identically on every channel.</source>
        <translation>Check the box when the item must hold identically on every channel.</translation>
    </message>
    <message>
        <source>Change checklist item parity</source>
        <translation>Change checklist item parity</translation>
    </message>
    <message>
        <source>Edit checklist item</source>
        <translation>Edit checklist item</translation>
    </message>
    <message>
        <source>Change checklist item category</source>
        <translation>Change checklist item category</translation>
    </message>
</context>
<context>
    <name>omnimap::Commands</name>
    <message>
        <source>Add journey</source>
        <translation>Add journey</translation>
    </message>
    <message>
        <source>Add channel lane</source>
        <translation>Add channel lane</translation>
    </message>
    <message>
        <source>Remove channel lane</source>
        <translation>Remove channel lane</translation>
    </message>
    <message>
        <source>Add hand-off</source>
        <translation>Add hand-off</translation>
    </message>
    <message>
        <source>Delete hand-off</source>
        <translation>Delete hand-off</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Add stage</translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation>Delete stage</translation>
    </message>
    <message>
        <source>Add touchpoint</source>
        <translation>Add touchpoint</translation>
    </message>
    <message>
        <source>Delete touchpoint</source>
        <translation>Delete touchpoint</translation>
    </message>
    <message>
        <source>Edit persona</source>
        <translation>Edit persona</translation>
    </message>
    <message>
        <source>Add persona</source>
        <translation>Add persona</translation>
    </message>
    <message>
        <source>Rename stage</source>
        <translation>Rename stage</translation>
    </message>
    <message>
        <source>Edit stage goal</source>
        <translation>Edit stage goal</translation>
    </message>
    <message>
        <source>Edit stage notes</source>
        <translation>Edit stage notes</translation>
    </message>
    <message>
        <source>Rename channel</source>
        <translation>Rename channel</translation>
    </message>
    <message>
        <source>Recolour channel</source>
        <translation>Recolour channel</translation>
    </message>
    <message>
        <source>Change channel kind</source>
        <translation>Change channel kind</translation>
    </message>
    <message>
        <source>Edit touchpoint</source>
        <translation>Edit touchpoint</translation>
    </message>
    <message>
        <source>Move touchpoint</source>
        <translation>Move touchpoint</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n touchpoint(s)</source>
        <translation>
            <numerusform>Paste %n touchpoint</numerusform>
            <numerusform>Paste %n touchpoints</numerusform>
        </translation>
    </message>
    <message>
        <source>Reorder stages</source>
        <translation>Reorder stages</translation>
    </message>
    <message>
        <source>Reorder channel lanes</source>
        <translation>Reorder channel lanes</translation>
    </message>
    <message>
        <source>Resize touchpoint</source>
        <translation>Resize touchpoint</translation>
    </message>
    <message>
        <source>Change emotion</source>
        <translation>Change emotion</translation>
    </message>
    <message numerus="yes">
        <source>Move %n touchpoint(s)</source>
        <translation>
            <numerusform>Move %n touchpoint</numerusform>
            <numerusform>Move %n touchpoints</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename plan</source>
        <translation>Rename plan</translation>
    </message>
    <message>
        <source>Edit plan description</source>
        <translation>Edit plan description</translation>
    </message>
    <message>
        <source>Change plan language</source>
        <translation>Change plan language</translation>
    </message>
    <message>
        <source>Change plan currency</source>
        <translation>Change plan currency</translation>
    </message>
    <message>
        <source>Edit tone of voice</source>
        <translation>Edit tone of voice</translation>
    </message>
    <message>
        <source>Edit brand keywords</source>
        <translation>Edit brand keywords</translation>
    </message>
    <message>
        <source>Edit forbidden words</source>
        <translation>Edit forbidden words</translation>
    </message>
    <message>
        <source>Edit brand palette</source>
        <translation>Edit brand palette</translation>
    </message>
    <message>
        <source>Add department</source>
        <translation>Add department</translation>
    </message>
    <message>
        <source>Remove department</source>
        <translation>Remove department</translation>
    </message>
    <message>
        <source>Rename department</source>
        <translation>Rename department</translation>
    </message>
    <message>
        <source>Recolour department</source>
        <translation>Recolour department</translation>
    </message>
    <message>
        <source>Rename journey</source>
        <translation>Rename journey</translation>
    </message>
    <message>
        <source>Edit journey description</source>
        <translation>Edit journey description</translation>
    </message>
    <message>
        <source>Change journey owner</source>
        <translation>Change journey owner</translation>
    </message>
    <message>
        <source>Change personas on the map</source>
        <translation>Change personas on the map</translation>
    </message>
    <message>
        <source>Label hand-off</source>
        <translation>Label hand-off</translation>
    </message>
    <message>
        <source>Change hand-off kind</source>
        <translation>Change hand-off kind</translation>
    </message>
    <message>
        <source>Change hand-off owner</source>
        <translation>Change hand-off owner</translation>
    </message>
    <message>
        <source>Change channel owner</source>
        <translation>Change channel owner</translation>
    </message>
    <message>
        <source>Edit channel description</source>
        <translation>Edit channel description</translation>
    </message>
    <message>
        <source>Add experiment</source>
        <translation>Add experiment</translation>
    </message>
    <message>
        <source>Remove experiment</source>
        <translation>Remove experiment</translation>
    </message>
    <message>
        <source>Edit experiment</source>
        <translation>Edit experiment</translation>
    </message>
</context>
<context>
    <name>omnimap::CommentsPanel</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Owner:</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>Review:</translation>
    </message>
    <message>
        <source>Write a comment (Ctrl+Enter to send); select a message to reply to it</source>
        <translation>Write a comment (Ctrl+Enter to send); select a message to reply to it</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Resolve</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>&amp;Comment</translation>
    </message>
    <message>
        <source>Owned by department</source>
        <translation>Owned by department</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Reopen</translation>
    </message>
    <message>
        <source>Select an item on the map to see its comments.</source>
        <translation>Select an item on the map to see its comments.</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(no owner)</translation>
    </message>
    <message>
        <source>by %1, %2</source>
        <translation>by %1, %2</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resolved</translation>
    </message>
    <message>
        <source>Choose a department…</source>
        <translation>Choose a department…</translation>
    </message>
    <message>
        <source>(nothing owned yet)</source>
        <translation>(nothing owned yet)</translation>
    </message>
</context>
<context>
    <name>omnimap::CompareView</name>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Reordered</source>
        <translation>Reordered</translation>
    </message>
    <message>
        <source>order of %1</source>
        <translation>order of %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Project-wide</source>
        <translation>Project-wide</translation>
    </message>
    <message>
        <source>Journey “%1”</source>
        <translation>Journey “%1”</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>No differences.</translation>
    </message>
</context>
<context>
    <name>omnimap::ConflictDialog</name>
    <message>
        <source>Resolve Merge Conflicts</source>
        <translation>Resolve Merge Conflicts</translation>
    </message>
    <message>
        <source>Take All O&amp;urs</source>
        <translation>Take All O&amp;urs</translation>
    </message>
    <message>
        <source>Take All T&amp;heirs</source>
        <translation>Take All T&amp;heirs</translation>
    </message>
    <message>
        <source>&amp;Apply Merge</source>
        <translation>&amp;Apply Merge</translation>
    </message>
    <message>
        <source>Choose a value for every conflict first</source>
        <translation>Choose a value for every conflict first</translation>
    </message>
</context>
<context>
    <name>omnimap::ConflictView</name>
    <message>
        <source>Base (common version)</source>
        <translation>Base (common version)</translation>
    </message>
    <message>
        <source>Ours (this copy)</source>
        <translation>Ours (this copy)</translation>
    </message>
    <message>
        <source>Theirs (other copy)</source>
        <translation>Theirs (other copy)</translation>
    </message>
    <message>
        <source>Custom value</source>
        <translation>Custom value</translation>
    </message>
    <message>
        <source>Use &amp;base</source>
        <translation>Use &amp;base</translation>
    </message>
    <message>
        <source>Use &amp;ours</source>
        <translation>Use &amp;ours</translation>
    </message>
    <message>
        <source>Use &amp;theirs</source>
        <translation>Use &amp;theirs</translation>
    </message>
    <message>
        <source>Use &amp;custom</source>
        <translation>Use &amp;custom</translation>
    </message>
    <message>
        <source>Unresolved</source>
        <translation>Unresolved</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>Ours</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Theirs</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Choice</translation>
    </message>
    <message>
        <source>Or keep another value:</source>
        <translation>Or keep another value:</translation>
    </message>
    <message>
        <source>Or type the value to keep (one entry per line for lists)</source>
        <translation>Or type the value to keep (one entry per line for lists)</translation>
    </message>
    <message>
        <source>edited on one side, deleted on the other</source>
        <translation>edited on one side, deleted on the other</translation>
    </message>
    <message>
        <source>order of %1</source>
        <translation>order of %1</translation>
    </message>
    <message>
        <source>No conflicts</source>
        <translation>No conflicts</translation>
    </message>
    <message numerus="yes">
        <source>All %n conflict(s) resolved.</source>
        <translation>
            <numerusform>All %n conflict resolved.</numerusform>
            <numerusform>All %n conflicts resolved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 conflict(s) still to resolve: pick base, ours or theirs, or type a value.</source>
        <translation>
            <numerusform>%n of %1 conflicts still to resolve: pick base, ours or theirs, or type a value.</numerusform>
            <numerusform>%n of %1 conflicts still to resolve: pick base, ours or theirs, or type a value.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omnimap::DepartmentFocus</name>
    <message>
        <source>&amp;Focus on Department</source>
        <translation>&amp;Focus on Department</translation>
    </message>
    <message>
        <source>Fade on the maps what the chosen department does not own</source>
        <translation>Fade on the maps what the chosen department does not own</translation>
    </message>
    <message>
        <source>&amp;All Departments</source>
        <translation>&amp;All Departments</translation>
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
        <translation>Channel</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <source>Hand-off</source>
        <translation>Hand-off</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(no label)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Department colour</source>
        <translation>Department colour</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>(nothing yet)</source>
        <translation>(nothing yet)</translation>
    </message>
    <message>
        <source>Department %1</source>
        <translation>Department %1</translation>
    </message>
    <message>
        <source>Remove department</source>
        <translation>Remove department</translation>
    </message>
</context>
<context>
    <name>omnimap::DialogService</name>
    <message>
        <source>File in use</source>
        <translation>File in use</translation>
    </message>
    <message>
        <source>%1 is open by %2 on the computer %3 (last seen %4).</source>
        <translation>%1 is open by %2 on the computer %3 (last seen %4).</translation>
    </message>
    <message>
        <source>%1 is open by %2 in another Omnimap window on this computer since %3.</source>
        <translation>%1 is open by %2 in another Omnimap window on this computer since %3.</translation>
    </message>
    <message>
        <source>Saving from two places would overwrite one person&apos;s work. Open it read-only, or open a copy you can save elsewhere.</source>
        <translation>Saving from two places would overwrite one person&apos;s work. Open it read-only, or open a copy you can save elsewhere.</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Open Read-Only</translation>
    </message>
    <message>
        <source>Open a Copy</source>
        <translation>Open a Copy</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>File changed on disk</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since you opened it.</source>
        <translation>%1 was changed by someone else since you opened it.</translation>
    </message>
    <message>
        <source>Merge keeps both your changes and theirs; conflicts are shown for you to decide. Overwrite would discard their changes.</source>
        <translation>Merge keeps both your changes and theirs; conflicts are shown for you to decide. Overwrite would discard their changes.</translation>
    </message>
    <message>
        <source>Saving now would overwrite their changes.</source>
        <translation>Saving now would overwrite their changes.</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Merge…</translation>
    </message>
    <message>
        <source>Save as Copy…</source>
        <translation>Save as Copy…</translation>
    </message>
    <message>
        <source>Reload Theirs</source>
        <translation>Reload Theirs</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Overwrite</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Recover unsaved work</translation>
    </message>
    <message>
        <source>Omnimap found unsaved changes to “%1” from %2.</source>
        <translation>Omnimap found unsaved changes to “%1” from %2.</translation>
    </message>
    <message>
        <source>Restore them? The recovered copy stays until you save or discard it.</source>
        <translation>Restore them? The recovered copy stays until you save or discard it.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>Save the changes to “%1”?</translation>
    </message>
    <message>
        <source>PNG or JPEG pictures (*.png *.jpg *.jpeg)</source>
        <translation>PNG or JPEG pictures (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>omnimap::Document</name>
    <message>
        <source>Untitled</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <source>no file name to save to</source>
        <translation>no file name to save to</translation>
    </message>
</context>
<context>
    <name>omnimap::ExperimentEditor</name>
    <message>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Tested at:</source>
        <translation>Tested at:</translation>
    </message>
    <message>
        <source>&amp;Hypothesis:</source>
        <translation>&amp;Hypothesis:</translation>
    </message>
    <message>
        <source>e.g. A QR code on the receipt brings more customers into the app</source>
        <translation>e.g. A QR code on the receipt brings more customers into the app</translation>
    </message>
    <message>
        <source>Variants (the first is the control)</source>
        <translation>Variants (the first is the control)</translation>
    </message>
    <message>
        <source>Label in the data</source>
        <translation>Label in the data</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>What it does</translation>
    </message>
    <message>
        <source>Traffic %</source>
        <translation>Traffic %</translation>
    </message>
    <message>
        <source>&amp;Add Variant</source>
        <translation>&amp;Add Variant</translation>
    </message>
    <message>
        <source>Re&amp;move Variant</source>
        <translation>Re&amp;move Variant</translation>
    </message>
    <message>
        <source>Split &amp;Evenly</source>
        <translation>Split &amp;Evenly</translation>
    </message>
    <message>
        <source>What decides the test</source>
        <translation>What decides the test</translation>
    </message>
    <message>
        <source>&amp;Primary KPI:</source>
        <translation>&amp;Primary KPI:</translation>
    </message>
    <message>
        <source>&amp;Guard-rail KPIs:</source>
        <translation>&amp;Guard-rail KPIs:</translation>
    </message>
    <message>
        <source>Design (sets the sample size)</source>
        <translation>Design (sets the sample size)</translation>
    </message>
    <message>
        <source>Minimum detectable &amp;effect:</source>
        <translation>Minimum detectable &amp;effect:</translation>
    </message>
    <message>
        <source>The smallest absolute change of the primary rate worth detecting: 2 points = from 20 % to 22 %</source>
        <translation>The smallest absolute change of the primary rate worth detecting: 2 points = from 20 % to 22 %</translation>
    </message>
    <message>
        <source> points</source>
        <translation> points</translation>
    </message>
    <message>
        <source>Significance level &amp;α:</source>
        <translation>Significance level &amp;α:</translation>
    </message>
    <message>
        <source>Two-sided; 0.05 is usual</source>
        <translation>Two-sided; 0.05 is usual</translation>
    </message>
    <message>
        <source>&amp;Power:</source>
        <translation>&amp;Power:</translation>
    </message>
    <message>
        <source>Chance of finding the effect when it is there; 0.8 is usual</source>
        <translation>Chance of finding the effect when it is there; 0.8 is usual</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>E&amp;nd:</source>
        <translation>E&amp;nd:</translation>
    </message>
    <message>
        <source>&amp;Remove Experiment</source>
        <translation>&amp;Remove Experiment</translation>
    </message>
    <message>
        <source>Show &amp;Results</source>
        <translation>Show &amp;Results</translation>
    </message>
    <message>
        <source>touchpoint “%1”</source>
        <translation>touchpoint “%1”</translation>
    </message>
    <message>
        <source>hand-off %1</source>
        <translation>hand-off %1</translation>
    </message>
    <message>
        <source>Open a data set to see how long this test needs at current traffic.</source>
        <translation>Open a data set to see how long this test needs at current traffic.</translation>
    </message>
    <message>
        <source>Experiment “%1”</source>
        <translation>Experiment “%1”</translation>
    </message>
    <message>
        <source>The control: the others are compared with it.</source>
        <translation>The control: the others are compared with it.</translation>
    </message>
    <message>
        <source>(choose a KPI)</source>
        <translation>(choose a KPI)</translation>
    </message>
    <message>
        <source>%1 (no data binding)</source>
        <translation>%1 (no data binding)</translation>
    </message>
    <message>
        <source>(deleted KPI)</source>
        <translation>(deleted KPI)</translation>
    </message>
    <message>
        <source>The design is complete: the test can be planned and read.</source>
        <translation>The design is complete: the test can be planned and read.</translation>
    </message>
</context>
<context>
    <name>omnimap::ExperimentPlanner</name>
    <message>
        <source>Open a data set to see how long this test needs at current traffic.</source>
        <translation>Open a data set to see how long this test needs at current traffic.</translation>
    </message>
    <message>
        <source>Experiments are read from a local data set, not from a warehouse.</source>
        <translation>Experiments are read from a local data set, not from a warehouse.</translation>
    </message>
    <message>
        <source>Complete the design to see the sample size and the duration.</source>
        <translation>Complete the design to see the sample size and the duration.</translation>
    </message>
    <message>
        <source>Working out the sample size…</source>
        <translation>Working out the sample size…</translation>
    </message>
    <message>
        <source>No plan yet.</source>
        <translation>No plan yet.</translation>
    </message>
    <message>
        <source>Needs %1 customers per variant to detect %2 points from a baseline of %3 % (%4) at α %5 and power %6.</source>
        <translation>Needs %1 customers per variant to detect %2 points from a baseline of %3 % (%4) at α %5 and power %6.</translation>
    </message>
    <message>
        <source>measured in the data set</source>
        <translation>measured in the data set</translation>
    </message>
    <message>
        <source>the KPI&apos;s baseline</source>
        <translation>the KPI&apos;s baseline</translation>
    </message>
    <message numerus="yes">
        <source>At the %1 customers a day who reach it in the data set, this test needs %n day(s).</source>
        <translation>
            <numerusform>At the %1 customers a day who reach it in the data set, this test needs %n day.</numerusform>
            <numerusform>At the %1 customers a day who reach it in the data set, this test needs %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>A/B · ended</source>
        <translation>A/B · ended</translation>
    </message>
    <message>
        <source>A/B · running</source>
        <translation>A/B · running</translation>
    </message>
    <message>
        <source>A/B · design incomplete</source>
        <translation>A/B · design incomplete</translation>
    </message>
    <message numerus="yes">
        <source>A/B · needs %n day(s)</source>
        <translation>
            <numerusform>A/B · needs %n day</numerusform>
            <numerusform>A/B · needs %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>A/B · starts %1</source>
        <translation>A/B · starts %1</translation>
    </message>
    <message>
        <source>A/B · draft</source>
        <translation>A/B · draft</translation>
    </message>
    <message numerus="yes">
        <source>Experiment “%1” at %2: this test needs %n day(s) at current traffic.</source>
        <translation>
            <numerusform>Experiment “%1” at %2: this test needs %n day at current traffic.</numerusform>
            <numerusform>Experiment “%1” at %2: this test needs %n days at current traffic.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 customers per variant; %2 customers a day reach it in the data set, split as planned. A larger minimum detectable effect or more traffic makes it shorter; a test much longer than eight weeks runs through changing seasons and campaigns.</source>
        <translation>%1 customers per variant; %2 customers a day reach it in the data set, split as planned. A larger minimum detectable effect or more traffic makes it shorter; a test much longer than eight weeks runs through changing seasons and campaigns.</translation>
    </message>
    <message>
        <source>Experiment “%1” at %2: its duration can not be worked out.</source>
        <translation>Experiment “%1” at %2: its duration can not be worked out.</translation>
    </message>
</context>
<context>
    <name>omnimap::ExperimentResultsView</name>
    <message>
        <source>&amp;Read Results</source>
        <translation>&amp;Read Results</translation>
    </message>
    <message>
        <source>Experiment:</source>
        <translation>Experiment:</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Variants</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variant</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Exposed</source>
        <translation>Exposed</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Converted</translation>
    </message>
    <message>
        <source>Rate (95 % interval)</source>
        <translation>Rate (95 % interval)</translation>
    </message>
    <message>
        <source>Lift, points (95 % interval)</source>
        <translation>Lift, points (95 % interval)</translation>
    </message>
    <message>
        <source>Relative lift</source>
        <translation>Relative lift</translation>
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
        <translation>Probability best</translation>
    </message>
    <message>
        <source>Guard-rails</source>
        <translation>Guard-rails</translation>
    </message>
    <message>
        <source>Guard-rail KPI</source>
        <translation>Guard-rail KPI</translation>
    </message>
    <message>
        <source>Control rate</source>
        <translation>Control rate</translation>
    </message>
    <message>
        <source>Variant rate</source>
        <translation>Variant rate</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Funnel per variant (customers reaching each stage)</source>
        <translation>Funnel per variant (customers reaching each stage)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Cancelled: nothing was read.</source>
        <translation>Cancelled: nothing was read.</translation>
    </message>
    <message>
        <source>Pick an experiment and read it on the open data set.</source>
        <translation>Pick an experiment and read it on the open data set.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The plan has no experiment. Add one from a touchpoint&apos;s or a hand-off&apos;s context menu.</source>
        <translation>The plan has no experiment. Add one from a touchpoint&apos;s or a hand-off&apos;s context menu.</translation>
    </message>
    <message>
        <source>No data set is open: open one whose customers carry a “variant” attribute (Data ▸ Open Data Set…).</source>
        <translation>No data set is open: open one whose customers carry a “variant” attribute (Data ▸ Open Data Set…).</translation>
    </message>
    <message>
        <source>Experiments are read from a local data set, not from a warehouse.</source>
        <translation>Experiments are read from a local data set, not from a warehouse.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>Labels in the data that are not variants: %1</source>
        <translation>Labels in the data that are not variants: %1</translation>
    </message>
    <message>
        <source>Primary KPI: %1 · tested at %2</source>
        <translation>Primary KPI: %1 · tested at %2</translation>
    </message>
    <message>
        <source>Planned sample: %1 per variant (baseline %2, %3 a day reach it)</source>
        <translation>Planned sample: %1 per variant (baseline %2, %3 a day reach it)</translation>
    </message>
    <message>
        <source>Sample ratio check FAILED: χ² = %1 (df %2), p = %3 — the split is broken.</source>
        <translation>Sample ratio check FAILED: χ² = %1 (df %2), p = %3 — the split is broken.</translation>
    </message>
    <message>
        <source>Sample ratio check passed: χ² = %1 (df %2), p = %3.</source>
        <translation>Sample ratio check passed: χ² = %1 (df %2), p = %3.</translation>
    </message>
    <message>
        <source>%1 (control)</source>
        <translation>%1 (control)</translation>
    </message>
    <message>
        <source>Hurt</source>
        <translation>Hurt</translation>
    </message>
    <message>
        <source>Not hurt</source>
        <translation>Not hurt</translation>
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
        <translation>Experiments</translation>
    </message>
    <message>
        <source>E&amp;xperiment Results</source>
        <translation>E&amp;xperiment Results</translation>
    </message>
    <message>
        <source>Test at %1</source>
        <translation>Test at %1</translation>
    </message>
    <message>
        <source>Hand-off test %1 → %2</source>
        <translation>Hand-off test %1 → %2</translation>
    </message>
</context>
<context>
    <name>omnimap::ExportTools</name>
    <message numerus="yes">
        <source>Exported %n table(s) to %1</source>
        <translation>
            <numerusform>Exported %n table to %1</numerusform>
            <numerusform>Exported %n tables to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export PDF Report</source>
        <translation>Export PDF Report</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exported %1</translation>
    </message>
    <message>
        <source>Export JSON Plan</source>
        <translation>Export JSON Plan</translation>
    </message>
    <message>
        <source>JSON plan (*.json)</source>
        <translation>JSON plan (*.json)</translation>
    </message>
    <message>
        <source>The plan has no journey map to export.</source>
        <translation>The plan has no journey map to export.</translation>
    </message>
    <message>
        <source>Export Map Picture</source>
        <translation>Export Map Picture</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG image (*.png);;SVG drawing (*.svg)</translation>
    </message>
    <message>
        <source>Export CSV Tables To</source>
        <translation>Export CSV Tables To</translation>
    </message>
    <message>
        <source>Export OpenJourney</source>
        <translation>Export OpenJourney</translation>
    </message>
    <message>
        <source>OpenJourney map (*.ojf)</source>
        <translation>OpenJourney map (*.ojf)</translation>
    </message>
    <message>
        <source>Import OpenJourney</source>
        <translation>Import OpenJourney</translation>
    </message>
    <message>
        <source>Save Imported Plan</source>
        <translation>Save Imported Plan</translation>
    </message>
    <message>
        <source>Omnimap plan (*.omnimap)</source>
        <translation>Omnimap plan (*.omnimap)</translation>
    </message>
    <message>
        <source>Imported %1 into %2</source>
        <translation>Imported %1 into %2</translation>
    </message>
    <message>
        <source>Imported %1 into %2; open it with File › Open</source>
        <translation>Imported %1 into %2; open it with File › Open</translation>
    </message>
    <message>
        <source>&amp;PDF Report…</source>
        <translation>&amp;PDF Report…</translation>
    </message>
    <message>
        <source>&amp;JSON Plan…</source>
        <translation>&amp;JSON Plan…</translation>
    </message>
    <message>
        <source>&amp;Map Picture (PNG/SVG)…</source>
        <translation>&amp;Map Picture (PNG/SVG)…</translation>
    </message>
    <message>
        <source>&amp;CSV Tables…</source>
        <translation>&amp;CSV Tables…</translation>
    </message>
    <message>
        <source>&amp;OpenJourney (.ojf)…</source>
        <translation>&amp;OpenJourney (.ojf)…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Print Pre&amp;view…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Export Web Page</source>
        <translation>Export Web Page</translation>
    </message>
    <message>
        <source>Web page (*.html *.htm)</source>
        <translation>Web page (*.html *.htm)</translation>
    </message>
    <message>
        <source>&amp;Web Page…</source>
        <translation>&amp;Web Page…</translation>
    </message>
</context>
<context>
    <name>omnimap::HandoffPage</name>
    <message>
        <source>(not set)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR code</translation>
    </message>
    <message>
        <source>Link or deep link</source>
        <translation>Link or deep link</translation>
    </message>
    <message>
        <source>Push notification</source>
        <translation>Push notification</translation>
    </message>
    <message>
        <source>Message (SMS, KakaoTalk, e-mail)</source>
        <translation>Message (SMS, KakaoTalk, e-mail)</translation>
    </message>
    <message>
        <source>Staff hand-over</source>
        <translation>Staff hand-over</translation>
    </message>
    <message>
        <source>Pickup or delivery</source>
        <translation>Pickup or delivery</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Hand-off</source>
        <translation>Hand-off</translation>
    </message>
    <message>
        <source>e.g. QR scan, push deep link</source>
        <translation>e.g. QR scan, push deep link</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>&amp;Label</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Owner</translation>
    </message>
    <message>
        <source>A/B test</source>
        <translation>A/B test</translation>
    </message>
    <message>
        <source>Edit Experiment…</source>
        <translation>Edit Experiment…</translation>
    </message>
    <message>
        <source>Add Experiment…</source>
        <translation>Add Experiment…</translation>
    </message>
</context>
<context>
    <name>omnimap::HelpTools</name>
    <message>
        <source>Could not open the user guide (%1).</source>
        <translation>Could not open the user guide (%1).</translation>
    </message>
    <message>
        <source>Could not open %1.</source>
        <translation>Could not open %1.</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;User Guide</translation>
    </message>
    <message>
        <source>&amp;About Omnimap</source>
        <translation>&amp;About Omnimap</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
</context>
<context>
    <name>omnimap::InsightCommands</name>
    <message numerus="yes">
        <source>Add %n channel(s) from the data set</source>
        <translation>
            <numerusform>Add %n channel from the data set</numerusform>
            <numerusform>Add %n channels from the data set</numerusform>
        </translation>
    </message>
    <message>
        <source>Remember data set &quot;%1&quot;</source>
        <translation>Remember data set &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Delete scenario &quot;%1&quot;</source>
        <translation>Delete scenario &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Add scenario &quot;%1&quot;</source>
        <translation>Add scenario &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>Rename scenario</translation>
    </message>
    <message>
        <source>Change scenario persona</source>
        <translation>Change scenario persona</translation>
    </message>
    <message>
        <source>Change scenario description</source>
        <translation>Change scenario description</translation>
    </message>
    <message>
        <source>Store scenario result</source>
        <translation>Store scenario result</translation>
    </message>
</context>
<context>
    <name>omnimap::Inspector</name>
    <message>
        <source>Select a touchpoint, a stage or a channel lane to edit it here.</source>
        <translation>Select a touchpoint, a stage or a channel lane to edit it here.</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>Customer &amp;message</source>
        <translation>Customer &amp;message</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>Moment of truth</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Owner</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>&amp;Stage</translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation>&amp;Goal</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>Thoughts</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Pain points</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunities</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>One per line</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Channel</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>C&amp;olour</source>
        <translation>C&amp;olour</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>O&amp;wner</source>
        <translation>O&amp;wner</translation>
    </message>
    <message>
        <source>Descri&amp;ption</source>
        <translation>Descri&amp;ption</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation>Mobile app</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Text message (SMS)</source>
        <translation>Text message (SMS)</translation>
    </message>
    <message>
        <source>KakaoTalk</source>
        <translation>KakaoTalk</translation>
    </message>
    <message>
        <source>Push notification</source>
        <translation>Push notification</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Social media</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>Advertising</translation>
    </message>
    <message>
        <source>Call center</source>
        <translation>Call center</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>Wearable</source>
        <translation>Wearable</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>A/B test</source>
        <translation>A/B test</translation>
    </message>
    <message>
        <source>Edit Experiment…</source>
        <translation>Edit Experiment…</translation>
    </message>
    <message>
        <source>Add Experiment…</source>
        <translation>Add Experiment…</translation>
    </message>
</context>
<context>
    <name>omnimap::InspectorSection</name>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>omnimap::JourneyPage</name>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>&lt;b&gt;Journey&lt;/b&gt; — click a card, stage or lane to edit it instead.</source>
        <translation>&lt;b&gt;Journey&lt;/b&gt; — click a card, stage or lane to edit it instead.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Owner</translation>
    </message>
    <message>
        <source>Checked personas are drawn on the map, top first (at most five).</source>
        <translation>Checked personas are drawn on the map, top first (at most five).</translation>
    </message>
    <message>
        <source>&amp;Personas on the map</source>
        <translation>&amp;Personas on the map</translation>
    </message>
</context>
<context>
    <name>omnimap::JsonReader</name>
    <message>
        <source>expected one of: %1</source>
        <translation>expected one of: %1</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>expected an array</translation>
    </message>
    <message>
        <source>written by a newer Omnimap (format version %1); this version reads up to %2. Please update Omnimap.</source>
        <translation>written by a newer Omnimap (format version %1); this version reads up to %2. Please update Omnimap.</translation>
    </message>
    <message>
        <source>format version %1 is not valid</source>
        <translation>format version %1 is not valid</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>expected an object</translation>
    </message>
    <message>
        <source>missing id: every item needs a stable id</source>
        <translation>missing id: every item needs a stable id</translation>
    </message>
    <message>
        <source>expected a non-empty string of at most 128 characters</source>
        <translation>expected a non-empty string of at most 128 characters</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>expected a string</translation>
    </message>
    <message>
        <source>missing required field</source>
        <translation>missing required field</translation>
    </message>
    <message>
        <source>expected an array of strings</source>
        <translation>expected an array of strings</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>expected a number</translation>
    </message>
    <message>
        <source>expected a number from %1 to %2</source>
        <translation>expected a number from %1 to %2</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation>expected a whole number from %1 to %2</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>expected true or false</translation>
    </message>
    <message>
        <source>invalid JSON: a NUL byte is not allowed</source>
        <translation>invalid JSON: a NUL byte is not allowed</translation>
    </message>
    <message>
        <source>string longer than %1 bytes</source>
        <translation>string longer than %1 bytes</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>nesting deeper than %1 levels</translation>
    </message>
    <message>
        <source>array with more than %1 items</source>
        <translation>array with more than %1 items</translation>
    </message>
    <message>
        <source>line %1, column %2 (byte %3)</source>
        <translation>line %1, column %2 (byte %3)</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>invalid JSON: %1</translation>
    </message>
    <message>
        <source>expected a date (YYYY-MM-DD)</source>
        <translation>expected a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>expected a non-empty id</source>
        <translation>expected a non-empty id</translation>
    </message>
</context>
<context>
    <name>omnimap::KpiBindingDialog</name>
    <message>
        <source>Data binding of “%1”</source>
        <translation>Data binding of “%1”</translation>
    </message>
    <message>
        <source>event type, e.g. purchase</source>
        <translation>event type, e.g. purchase</translation>
    </message>
    <message>
        <source>empty: the KPI is a count</source>
        <translation>empty: the KPI is a count</translation>
    </message>
    <message>
        <source>whole data set</source>
        <translation>whole data set</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>any stage</source>
        <translation>any stage</translation>
    </message>
    <message>
        <source>any channel</source>
        <translation>any channel</translation>
    </message>
    <message>
        <source>No data set is open: open one (Data ▸ Open Data Set…) to pick its event types from a list.</source>
        <translation>No data set is open: open one (Data ▸ Open Data Set…) to pick its event types from a list.</translation>
    </message>
    <message>
        <source>The lists show what the open data set holds; stages and channels marked “in the data” are found in it by name.</source>
        <translation>The lists show what the open data set holds; stages and channels marked “in the data” are found in it by name.</translation>
    </message>
    <message>
        <source>%1 — in the data</source>
        <translation>%1 — in the data</translation>
    </message>
    <message>
        <source>%1 — only in the data (add the stage to the plan)</source>
        <translation>%1 — only in the data (add the stage to the plan)</translation>
    </message>
    <message>
        <source>%1 — only in the data (add the channel to the plan)</source>
        <translation>%1 — only in the data (add the channel to the plan)</translation>
    </message>
</context>
<context>
    <name>omnimap::KpiHistoryDialog</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Record…</source>
        <translation>&amp;Record…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Recorded measurements</source>
        <translation>Recorded measurements</translation>
    </message>
    <message>
        <source>Recorded measurements of “%1”</source>
        <translation>Recorded measurements of “%1”</translation>
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
        <translation>Edit recorded measurement of “%1”</translation>
    </message>
    <message>
        <source>Record measurement of “%1”</source>
        <translation>Record measurement of “%1”</translation>
    </message>
    <message>
        <source>Changing the date moves the record to its place in the history.</source>
        <translation>Changing the date moves the record to its place in the history.</translation>
    </message>
    <message>
        <source>The value is prefilled with the one last measured on the data set.</source>
        <translation>The value is prefilled with the one last measured on the data set.</translation>
    </message>
    <message>
        <source>No value measured on the data set yet: type the value measured.</source>
        <translation>No value measured on the data set yet: type the value measured.</translation>
    </message>
</context>
<context>
    <name>omnimap::KpiTableModel</name>
    <message>
        <source>All journeys</source>
        <translation>All journeys</translation>
    </message>
    <message>
        <source>Every stage</source>
        <translation>Every stage</translation>
    </message>
    <message>
        <source>Every channel</source>
        <translation>Every channel</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>count of %1</source>
        <translation>count of %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(no owner)</translation>
    </message>
    <message>
        <source>Custom KPI</source>
        <translation>Custom KPI</translation>
    </message>
    <message>
        <source>Set the value the plan aims for; a KPI without target cannot be on or off track.</source>
        <translation>Set the value the plan aims for; a KPI without target cannot be on or off track.</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Data binding</source>
        <translation>Data binding</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Simulated</source>
        <translation>Simulated</translation>
    </message>
    <message>
        <source>Change KPI %1</source>
        <translation>Change KPI %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>first record</source>
        <translation>first record</translation>
    </message>
    <message>
        <source>→ unchanged</source>
        <translation>→ unchanged</translation>
    </message>
    <message>
        <source>%1 %2, better</source>
        <translation>%1 %2, better</translation>
    </message>
    <message>
        <source>%1 %2, worse</source>
        <translation>%1 %2, worse</translation>
    </message>
    <message>
        <source>Previous: %1 on %2</source>
        <translation>Previous: %1 on %2</translation>
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
        <translation>No measurement recorded yet: Record measurement… stores one.</translation>
    </message>
    <message>
        <source>Last recorded</source>
        <translation>Last recorded</translation>
    </message>
    <message>
        <source>Since previous</source>
        <translation>Since previous</translation>
    </message>
</context>
<context>
    <name>omnimap::KpiTableView</name>
    <message>
        <source>Add from &amp;library</source>
        <translation>Add from &amp;library</translation>
    </message>
    <message>
        <source>Add &amp;custom KPI</source>
        <translation>Add &amp;custom KPI</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Data &amp;binding…</source>
        <translation>Data &amp;binding…</translation>
    </message>
    <message>
        <source>Filter KPIs (Ctrl+F)</source>
        <translation>Filter KPIs (Ctrl+F)</translation>
    </message>
    <message>
        <source>New KPI</source>
        <translation>New KPI</translation>
    </message>
    <message>
        <source>Change KPI binding</source>
        <translation>Change KPI binding</translation>
    </message>
    <message>
        <source>Record &amp;measurement…</source>
        <translation>Record &amp;measurement…</translation>
    </message>
    <message>
        <source>Store a measured value with its date and a note in the plan, so the plan keeps its own history</source>
        <translation>Store a measured value with its date and a note in the plan, so the plan keeps its own history</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;History…</translation>
    </message>
    <message>
        <source>The KPI&apos;s recorded measurements: edit or delete a record</source>
        <translation>The KPI&apos;s recorded measurements: edit or delete a record</translation>
    </message>
    <message>
        <source>Record measurement…</source>
        <translation>Record measurement…</translation>
    </message>
    <message>
        <source>Measurement history…</source>
        <translation>Measurement history…</translation>
    </message>
    <message>
        <source>Data binding…</source>
        <translation>Data binding…</translation>
    </message>
</context>
<context>
    <name>omnimap::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <source>Language changed. Some panels update after a restart.</source>
        <translation>Language changed. Some panels update after a restart.</translation>
    </message>
</context>
<context>
    <name>omnimap::MainWindow</name>
    <message>
        <source>Omnimap projects (*.omnimap)</source>
        <translation>Omnimap projects (*.omnimap)</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>New project</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;opened&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Journey</source>
        <translation>&amp;Journey</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>New from &amp;Template</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Open project</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Select &amp;All</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>&amp;Fit to Window</translation>
    </message>
    <message>
        <source>Actual &amp;Size</source>
        <translation>Actual &amp;Size</translation>
    </message>
    <message>
        <source>New &amp;Journey</source>
        <translation>New &amp;Journey</translation>
    </message>
    <message>
        <source>Journey %1</source>
        <translation>Journey %1</translation>
    </message>
    <message>
        <source>Add &amp;Stage</source>
        <translation>Add &amp;Stage</translation>
    </message>
    <message>
        <source>Add &amp;Channel Lane</source>
        <translation>Add &amp;Channel Lane</translation>
    </message>
    <message>
        <source>Add &amp;Persona</source>
        <translation>Add &amp;Persona</translation>
    </message>
    <message>
        <source>Persona %1</source>
        <translation>Persona %1</translation>
    </message>
    <message>
        <source>Find a touchpoint…</source>
        <translation>Find a touchpoint…</translation>
    </message>
    <message>
        <source>Customer journey</source>
        <translation>Customer journey</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Autosave failed: %1</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Journeys</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Checklists</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>Data sets</source>
        <translation>Data sets</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenarios</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <source>No touchpoint matches “%1”</source>
        <translation>No touchpoint matches “%1”</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Cannot open project</translation>
    </message>
    <message>
        <source>Could not write the lock file beside %1</source>
        <translation>Could not write the lock file beside %1</translation>
    </message>
    <message numerus="yes">
        <source>Opened with %n problem(s): see the Problems panel</source>
        <translation>
            <numerusform>Opened with %n problem: see the Problems panel</numerusform>
            <numerusform>Opened with %n problems: see the Problems panel</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open sample</source>
        <translation>Cannot open sample</translation>
    </message>
    <message>
        <source>There is no bundled sample called “%1”.</source>
        <translation>There is no bundled sample called “%1”.</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Save project as</translation>
    </message>
    <message>
        <source>Cannot save project</source>
        <translation>Cannot save project</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Saved %1 (written in place after a verified backup)</source>
        <translation>Saved %1 (written in place after a verified backup)</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Cannot restore</translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>Restore unsaved changes</translation>
    </message>
    <message>
        <source>Cannot merge</source>
        <translation>Cannot merge</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Plan: %1</translation>
    </message>
    <message>
        <source>Double-click to edit the plan&apos;s name, description, language and currency</source>
        <translation>Double-click to edit the plan&apos;s name, description, language and currency</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Brand</translation>
    </message>
    <message>
        <source>Double-click to edit the tone of voice, keywords, forbidden words and palette</source>
        <translation>Double-click to edit the tone of voice, keywords, forbidden words and palette</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Departments</translation>
    </message>
    <message>
        <source>Rename “%1”</source>
        <translation>Rename “%1”</translation>
    </message>
    <message>
        <source>&amp;Open Map</source>
        <translation>&amp;Open Map</translation>
    </message>
    <message>
        <source>&amp;Open Persona</source>
        <translation>&amp;Open Persona</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <source>D&amp;uplicate Journey</source>
        <translation>D&amp;uplicate Journey</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <source>&amp;Delete Journey</source>
        <translation>&amp;Delete Journey</translation>
    </message>
    <message>
        <source>Delete journey “%1”</source>
        <translation>Delete journey “%1”</translation>
    </message>
    <message>
        <source>Plan &amp;Properties…</source>
        <translation>Plan &amp;Properties…</translation>
    </message>
    <message>
        <source>&amp;Brand…</source>
        <translation>&amp;Brand…</translation>
    </message>
    <message>
        <source>&amp;Departments…</source>
        <translation>&amp;Departments…</translation>
    </message>
</context>
<context>
    <name>omnimap::MapRenderer</name>
    <message>
        <source>Emotion</source>
        <translation>Emotion</translation>
    </message>
    <message>
        <source>- - as-is   —— to-be</source>
        <translation>- - as-is   —— to-be</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>Thoughts</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Pain points</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunities</translation>
    </message>
    <message>
        <source>−%1 % drop-off</source>
        <translation>−%1 % drop-off</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>On track</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>At risk</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Off track</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>No target</translation>
    </message>
    <message>
        <source>JOURNEY</source>
        <translation>JOURNEY</translation>
    </message>
    <message>
        <source>No persona on this map yet: add one in the inspector.</source>
        <translation>No persona on this map yet: add one in the inspector.</translation>
    </message>
    <message>
        <source>(missing channel)</source>
        <translation>(missing channel)</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primary</translation>
    </message>
    <message>
        <source>Supporting</source>
        <translation>Supporting</translation>
    </message>
    <message>
        <source>Add a stage to start the map.</source>
        <translation>Add a stage to start the map.</translation>
    </message>
    <message>
        <source>Add a channel lane for the touchpoints.</source>
        <translation>Add a channel lane for the touchpoints.</translation>
    </message>
    <message>
        <source>··· measured (95 % interval)</source>
        <translation>··· measured (95 % interval)</translation>
    </message>
    <message>
        <source>measured: n too small</source>
        <translation>measured: n too small</translation>
    </message>
</context>
<context>
    <name>omnimap::MapScene</name>
    <message>
        <source>Stage %1</source>
        <translation>Stage %1</translation>
    </message>
    <message>
        <source>Channel %1</source>
        <translation>Channel %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Delete %n item</numerusform>
            <numerusform>Delete %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>New touchpoint</source>
        <translation>New touchpoint</translation>
    </message>
    <message>
        <source>KPIs (%1): %2</source>
        <translation>KPIs (%1): %2</translation>
    </message>
    <message>
        <source>About %1 simulated customers move along this hand-off</source>
        <translation>About %1 simulated customers move along this hand-off</translation>
    </message>
    <message>
        <source>Reached by %1 % of the simulated customers</source>
        <translation>Reached by %1 % of the simulated customers</translation>
    </message>
    <message>
        <source>%1 % of them are lost at this stage</source>
        <translation>%1 % of them are lost at this stage</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n card(s)</source>
        <translation>
            <numerusform>Duplicate %n card</numerusform>
            <numerusform>Duplicate %n cards</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit Title</source>
        <translation>&amp;Edit Title</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>&amp;Properties…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <source>Add &amp;Hand-off To</source>
        <translation>Add &amp;Hand-off To</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Delete Hand-off</source>
        <translation>&amp;Delete Hand-off</translation>
    </message>
    <message>
        <source>&amp;Rename Stage</source>
        <translation>&amp;Rename Stage</translation>
    </message>
    <message>
        <source>Insert Stage &amp;Before</source>
        <translation>Insert Stage &amp;Before</translation>
    </message>
    <message>
        <source>Insert Stage &amp;After</source>
        <translation>Insert Stage &amp;After</translation>
    </message>
    <message>
        <source>Move &amp;Left</source>
        <translation>Move &amp;Left</translation>
    </message>
    <message>
        <source>Move &amp;Right</source>
        <translation>Move &amp;Right</translation>
    </message>
    <message>
        <source>&amp;Delete Stage</source>
        <translation>&amp;Delete Stage</translation>
    </message>
    <message>
        <source>&amp;Rename Lane</source>
        <translation>&amp;Rename Lane</translation>
    </message>
    <message>
        <source>Add Lane &amp;Below</source>
        <translation>Add Lane &amp;Below</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Move &amp;Up</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Move &amp;Down</translation>
    </message>
    <message>
        <source>&amp;Remove Lane</source>
        <translation>&amp;Remove Lane</translation>
    </message>
    <message>
        <source>Add &amp;Touchpoint Here</source>
        <translation>Add &amp;Touchpoint Here</translation>
    </message>
    <message>
        <source>&amp;Paste Here</source>
        <translation>&amp;Paste Here</translation>
    </message>
    <message>
        <source>Open Persona “%1”</source>
        <translation>Open Persona “%1”</translation>
    </message>
    <message>
        <source>Add &amp;Persona</source>
        <translation>Add &amp;Persona</translation>
    </message>
    <message>
        <source>Add &amp;Stage</source>
        <translation>Add &amp;Stage</translation>
    </message>
    <message>
        <source>Add &amp;Channel Lane</source>
        <translation>Add &amp;Channel Lane</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>As-is: %1 (from −5 to +5)</source>
        <translation>As-is: %1 (from −5 to +5)</translation>
    </message>
    <message>
        <source>To-be: %1</source>
        <translation>To-be: %1</translation>
    </message>
    <message>
        <source>Drag the point up or down to change it.</source>
        <translation>Drag the point up or down to change it.</translation>
    </message>
    <message>
        <source>Edit E&amp;xperiment…</source>
        <translation>Edit E&amp;xperiment…</translation>
    </message>
    <message>
        <source>Add E&amp;xperiment (A/B Test)…</source>
        <translation>Add E&amp;xperiment (A/B Test)…</translation>
    </message>
</context>
<context>
    <name>omnimap::Merge</name>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <source>Hand-off</source>
        <translation>Hand-off</translation>
    </message>
    <message>
        <source>Channel role</source>
        <translation>Channel role</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Checklist template</source>
        <translation>Checklist template</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Checklist item</translation>
    </message>
    <message>
        <source>Check result</source>
        <translation>Check result</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Planned action</source>
        <translation>Planned action</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Data set</source>
        <translation>Data set</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>expected yes or no</source>
        <translation>expected yes or no</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>expected a number</translation>
    </message>
    <message>
        <source>expected JSON like the values shown</source>
        <translation>expected JSON like the values shown</translation>
    </message>
    <message>
        <source>order of %1 changed</source>
        <translation>order of %1 changed</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>No differences.</translation>
    </message>
    <message>
        <source>Journey %1:</source>
        <translation>Journey %1:</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Project:</translation>
    </message>
    <message>
        <source>merged plan</source>
        <translation>merged plan</translation>
    </message>
    <message>
        <source>the place of this conflict (%1) no longer exists; nothing was changed there</source>
        <translation>the place of this conflict (%1) no longer exists; nothing was changed there</translation>
    </message>
    <message>
        <source>Experiment variant</source>
        <translation>Experiment variant</translation>
    </message>
    <message>
        <source>Recorded KPI measurement</source>
        <translation>Recorded KPI measurement</translation>
    </message>
</context>
<context>
    <name>omnimap::MergeTools</name>
    <message>
        <source>Omnimap projects (*.omnimap)</source>
        <translation>Omnimap projects (*.omnimap)</translation>
    </message>
    <message>
        <source>Add Comment</source>
        <translation>Add Comment</translation>
    </message>
    <message>
        <source>Resolve Comment</source>
        <translation>Resolve Comment</translation>
    </message>
    <message>
        <source>Reopen Comment</source>
        <translation>Reopen Comment</translation>
    </message>
    <message>
        <source>Change Review Status</source>
        <translation>Change Review Status</translation>
    </message>
    <message>
        <source>Cannot Open File</source>
        <translation>Cannot Open File</translation>
    </message>
    <message>
        <source>Merge Not Applied</source>
        <translation>Merge Not Applied</translation>
    </message>
    <message>
        <source>The chosen values do not make a valid plan:
%1</source>
        <translation>The chosen values do not make a valid plan:
%1</translation>
    </message>
    <message>
        <source>Cannot Merge</source>
        <translation>Cannot Merge</translation>
    </message>
    <message>
        <source>The merged plan could not be read back:
%1</source>
        <translation>The merged plan could not be read back:
%1</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Merged without conflicts.</source>
        <translation>Merged without conflicts.</translation>
    </message>
    <message numerus="yes">
        <source>Merged; %n conflict(s) resolved.</source>
        <translation>
            <numerusform>Merged; %n conflict resolved.</numerusform>
            <numerusform>Merged; %n conflicts resolved.</numerusform>
        </translation>
    </message>
    <message>
        <source>No Merge Conflicts</source>
        <translation>No Merge Conflicts</translation>
    </message>
    <message>
        <source>This plan has no unresolved merge conflicts.</source>
        <translation>This plan has no unresolved merge conflicts.</translation>
    </message>
    <message>
        <source>Resolve Merge Conflicts</source>
        <translation>Resolve Merge Conflicts</translation>
    </message>
    <message>
        <source>Compare With</source>
        <translation>Compare With</translation>
    </message>
    <message>
        <source>Changes from the Chosen File to This Plan</source>
        <translation>Changes from the Chosen File to This Plan</translation>
    </message>
    <message>
        <source>Merge With</source>
        <translation>Merge With</translation>
    </message>
    <message>
        <source>Choose the Version Both Copies Started From</source>
        <translation>Choose the Version Both Copies Started From</translation>
    </message>
    <message>
        <source>Compare &amp;With…</source>
        <translation>Compare &amp;With…</translation>
    </message>
    <message>
        <source>&amp;Merge With…</source>
        <translation>&amp;Merge With…</translation>
    </message>
    <message>
        <source>Resolve Merge &amp;Conflicts…</source>
        <translation>Resolve Merge &amp;Conflicts…</translation>
    </message>
    <message>
        <source>Comments &amp;&amp; Review</source>
        <translation>Comments &amp;&amp; Review</translation>
    </message>
    <message>
        <source>This plan has unresolved merge conflicts.</source>
        <translation>This plan has unresolved merge conflicts.</translation>
    </message>
</context>
<context>
    <name>omnimap::OpenJourney</name>
    <message>
        <source>expected a string</source>
        <translation>expected a string</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>expected an object</translation>
    </message>
    <message>
        <source>missing required field</source>
        <translation>missing required field</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>expected an array</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot;</source>
        <translation>duplicate id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no stage with id &quot;%1&quot;</source>
        <translation>no stage with id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no swimlane with id &quot;%1&quot;</source>
        <translation>no swimlane with id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>score %1 is outside -5 to 5; the emotion curve clamps it</source>
        <translation>score %1 is outside -5 to 5; the emotion curve clamps it</translation>
    </message>
    <message>
        <source>the Omnimap extension cannot be used (%1); the map is imported from the OpenJourney data only</source>
        <translation>the Omnimap extension cannot be used (%1); the map is imported from the OpenJourney data only</translation>
    </message>
    <message>
        <source>expected one journey</source>
        <translation>expected one journey</translation>
    </message>
    <message>
        <source>expected an OpenJourney object with stages, swimlanes and nodes</source>
        <translation>expected an OpenJourney object with stages, swimlanes and nodes</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>cannot open: %1</translation>
    </message>
    <message>
        <source>file is larger than %1 bytes</source>
        <translation>file is larger than %1 bytes</translation>
    </message>
    <message>
        <source>Imported journey</source>
        <translation>Imported journey</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Stage %1</translation>
    </message>
    <message>
        <source>Lane %1</source>
        <translation>Lane %1</translation>
    </message>
    <message>
        <source>cannot serialise the project: %1</source>
        <translation>cannot serialise the project: %1</translation>
    </message>
    <message>
        <source>the imported project cannot be read back</source>
        <translation>the imported project cannot be read back</translation>
    </message>
    <message>
        <source>the Omnimap extension would make an invalid project (%1); the map is imported from the OpenJourney data only</source>
        <translation>the Omnimap extension would make an invalid project (%1); the map is imported from the OpenJourney data only</translation>
    </message>
    <message>
        <source>the imported project would be invalid at %1: %2</source>
        <translation>the imported project would be invalid at %1: %2</translation>
    </message>
</context>
<context>
    <name>omnimap::PersonaEditor</name>
    <message>
        <source>Choose a photo</source>
        <translation>Choose a photo</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Values (comma-separated)</source>
        <translation>Values (comma-separated)</translation>
    </message>
    <message>
        <source>Cannot use this picture</source>
        <translation>Cannot use this picture</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>omnimap::PersonaFilterButton</name>
    <message>
        <source>Choose the personas drawn on this map (at most %1)</source>
        <translation>Choose the personas drawn on this map (at most %1)</translation>
    </message>
    <message>
        <source>Persona filter</source>
        <translation>Persona filter</translation>
    </message>
    <message>
        <source>No persona on this map</source>
        <translation>No persona on this map</translation>
    </message>
    <message>
        <source>Personas %1/%2</source>
        <translation>Personas %1/%2</translation>
    </message>
</context>
<context>
    <name>omnimap::PlanChecksView</name>
    <message>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>✔ No problems found</source>
        <translation>✔ No problems found</translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s), %3 note(s)</source>
        <translation>%1 error(s), %2 warning(s), %3 note(s)</translation>
    </message>
</context>
<context>
    <name>omnimap::PlanPropertiesDialog</name>
    <message>
        <source>The plan needs a name.</source>
        <translation>The plan needs a name.</translation>
    </message>
    <message>
        <source>Enter a three-letter ISO 4217 currency code, such as KRW or USD.</source>
        <translation>Enter a three-letter ISO 4217 currency code, such as KRW or USD.</translation>
    </message>
    <message>
        <source>Edit plan properties</source>
        <translation>Edit plan properties</translation>
    </message>
</context>
<context>
    <name>omnimap::PlanSetup</name>
    <message>
        <source>Plan &amp;Properties…</source>
        <translation>Plan &amp;Properties…</translation>
    </message>
    <message>
        <source>&amp;Brand…</source>
        <translation>&amp;Brand…</translation>
    </message>
    <message>
        <source>&amp;Departments…</source>
        <translation>&amp;Departments…</translation>
    </message>
</context>
<context>
    <name>omnimap::PlanTools</name>
    <message>
        <source>Role matrix</source>
        <translation>Role matrix</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <source>Brand checklists</source>
        <translation>Brand checklists</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>Plan checks</source>
        <translation>Plan checks</translation>
    </message>
    <message>
        <source>Channel &amp;role matrix</source>
        <translation>Channel &amp;role matrix</translation>
    </message>
    <message>
        <source>&amp;KPIs</source>
        <translation>&amp;KPIs</translation>
    </message>
    <message>
        <source>Brand &amp;checklists</source>
        <translation>Brand &amp;checklists</translation>
    </message>
    <message>
        <source>Campaign &amp;timeline</source>
        <translation>Campaign &amp;timeline</translation>
    </message>
    <message>
        <source>Plan chec&amp;ks</source>
        <translation>Plan chec&amp;ks</translation>
    </message>
    <message>
        <source>Apply role &amp;suggestions</source>
        <translation>Apply role &amp;suggestions</translation>
    </message>
    <message>
        <source>Role suggestions applied; undo with Ctrl+Z.</source>
        <translation>Role suggestions applied; undo with Ctrl+Z.</translation>
    </message>
    <message>
        <source>No cell left to suggest a role for.</source>
        <translation>No cell left to suggest a role for.</translation>
    </message>
</context>
<context>
    <name>omnimap::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Appearance:</translation>
    </message>
    <message>
        <source>System default follows your desktop, including its dark mode. The journey maps keep a light paper look in the light appearances and switch to dark paper on dark ones; printed and exported maps are always light.</source>
        <translation>System default follows your desktop, including its dark mode. The journey maps keep a light paper look in the light appearances and switch to dark paper on dark ones; printed and exported maps are always light.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
</context>
<context>
    <name>omnimap::ProjectFile</name>
    <message>
        <source>cannot create a temporary file beside %1: %2</source>
        <translation>cannot create a temporary file beside %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>cannot replace %1: %2</source>
        <translation>cannot replace %1: %2</translation>
    </message>
    <message>
        <source>cannot open %1 for writing: %2</source>
        <translation>cannot open %1 for writing: %2</translation>
    </message>
    <message>
        <source>file is %1 bytes; the limit is %2 bytes</source>
        <translation>file is %1 bytes; the limit is %2 bytes</translation>
    </message>
    <message>
        <source>expected a JSON object (an Omnimap project)</source>
        <translation>expected a JSON object (an Omnimap project)</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>expected a whole number</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>file not found</translation>
    </message>
    <message>
        <source>is a folder, not a project file</source>
        <translation>is a folder, not a project file</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>cannot open: %1</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>cannot read: %1</translation>
    </message>
    <message>
        <source>cannot serialise the project: %1</source>
        <translation>cannot serialise the project: %1</translation>
    </message>
    <message>
        <source>cannot read the current %1 to back it up; nothing was written</source>
        <translation>cannot read the current %1 to back it up; nothing was written</translation>
    </message>
    <message>
        <source>cannot write the backup, so the project was not saved: %1</source>
        <translation>cannot write the backup, so the project was not saved: %1</translation>
    </message>
    <message>
        <source>the backup %1 did not read back identically; nothing was written</source>
        <translation>the backup %1 did not read back identically; nothing was written</translation>
    </message>
    <message>
        <source>%1 did not read back identically after writing; the previous version was restored from %2</source>
        <translation>%1 did not read back identically after writing; the previous version was restored from %2</translation>
    </message>
    <message>
        <source>write refused</source>
        <translation>write refused</translation>
    </message>
    <message>
        <source>flush refused</source>
        <translation>flush refused</translation>
    </message>
    <message>
        <source>rename refused</source>
        <translation>rename refused</translation>
    </message>
    <message>
        <source>the picture of persona &quot;%1&quot; is not an embedded PNG or JPEG image of at most %2 KB (a file path from an older version?); it was not read and is left out — choose the image again in the persona editor</source>
        <translation>the picture of persona &quot;%1&quot; is not an embedded PNG or JPEG image of at most %2 KB (a file path from an older version?); it was not read and is left out — choose the image again in the persona editor</translation>
    </message>
    <message>
        <source>%1; the previous version was restored from %2</source>
        <translation>%1; the previous version was restored from %2</translation>
    </message>
</context>
<context>
    <name>omnimap::RecoveryStore</name>
    <message>
        <source>cannot create the recovery folder %1</source>
        <translation>cannot create the recovery folder %1</translation>
    </message>
</context>
<context>
    <name>omnimap::Report</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: cannot write: %2</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (continued)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: attribution (%2): %3</source>
        <translation>%1: attribution (%2): %3</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: cannot create the folder</translation>
    </message>
    <message>
        <source>%1: no journey with id &quot;%2&quot;</source>
        <translation>%1: no journey with id &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: the map is too large for a picture at %2 dpi; choose a lower resolution</source>
        <translation>%1: the map is too large for a picture at %2 dpi; choose a lower resolution</translation>
    </message>
    <message>
        <source>%1: cannot encode PNG: %2</source>
        <translation>%1: cannot encode PNG: %2</translation>
    </message>
    <message>
        <source>Journey map exported by Omnimap from &quot;%1&quot;</source>
        <translation>Journey map exported by Omnimap from &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: export cancelled</source>
        <translation>%1: export cancelled</translation>
    </message>
    <message>
        <source>Omnimap journey plan · %1</source>
        <translation>Omnimap journey plan · %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Campaign — %1</source>
        <translation>Campaign — %1</translation>
    </message>
    <message>
        <source>The campaign has no dates yet.</source>
        <translation>The campaign has no dates yet.</translation>
    </message>
    <message>
        <source>Budget by channel — total %1</source>
        <translation>Budget by channel — total %1</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>OMNICHANNEL JOURNEY PLAN</source>
        <translation>OMNICHANNEL JOURNEY PLAN</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Departments</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>Contributors</translation>
    </message>
    <message>
        <source>Tone of voice</source>
        <translation>Tone of voice</translation>
    </message>
    <message>
        <source>Campaign budget</source>
        <translation>Campaign budget</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Prepared with Omnimap %1</source>
        <translation>Prepared with Omnimap %1</translation>
    </message>
    <message>
        <source>journeys</source>
        <translation>journeys</translation>
    </message>
    <message>
        <source>touchpoints</source>
        <translation>touchpoints</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <source>on track / at risk / off track</source>
        <translation>on track / at risk / off track</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>At a glance</translation>
    </message>
    <message>
        <source>KPI progress to target</source>
        <translation>KPI progress to target</translation>
    </message>
    <message>
        <source>Bars run from the baseline (0 %) to the target (100 %): solid = simulated, outlined = measured.</source>
        <translation>Bars run from the baseline (0 %) to the target (100 %): solid = simulated, outlined = measured.</translation>
    </message>
    <message>
        <source>target</source>
        <translation>target</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Scenario comparison</source>
        <translation>Scenario comparison</translation>
    </message>
    <message>
        <source>The last simulation result of each what-if scenario, side by side.</source>
        <translation>The last simulation result of each what-if scenario, side by side.</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>On track</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>At risk</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Off track</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>Whole project</source>
        <translation>Whole project</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>%1 more findings are listed in the app&apos;s problems panel.</source>
        <translation>%1 more findings are listed in the app&apos;s problems panel.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No findings: the plan passed every check.</source>
        <translation>No findings: the plan passed every check.</translation>
    </message>
    <message>
        <source>Appendix: findings</source>
        <translation>Appendix: findings</translation>
    </message>
    <message>
        <source>Appendix</source>
        <translation>Appendix</translation>
    </message>
    <message>
        <source>Problems found by the plan checks (references and consistency rules) when the report was made.</source>
        <translation>Problems found by the plan checks (references and consistency rules) when the report was made.</translation>
    </message>
    <message>
        <source>Journey: %1</source>
        <translation>Journey: %1</translation>
    </message>
    <message>
        <source>part %1 of %2</source>
        <translation>part %1 of %2</translation>
    </message>
    <message>
        <source>Journey map — %1</source>
        <translation>Journey map — %1</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>● Primary</source>
        <translation>● Primary</translation>
    </message>
    <message>
        <source>○ Supporting</source>
        <translation>○ Supporting</translation>
    </message>
    <message>
        <source>Journey maps</source>
        <translation>Journey maps</translation>
    </message>
    <message>
        <source>Channel roles — %1</source>
        <translation>Channel roles — %1</translation>
    </message>
    <message>
        <source>Channel roles — %1 (stages %2–%3)</source>
        <translation>Channel roles — %1 (stages %2–%3)</translation>
    </message>
    <message>
        <source>What each channel does at each stage of the journey: the primary channel leads, supporting channels assist.</source>
        <translation>What each channel does at each stage of the journey: the primary channel leads, supporting channels assist.</translation>
    </message>
    <message>
        <source>↑ higher is better</source>
        <translation>↑ higher is better</translation>
    </message>
    <message>
        <source>↓ lower is better</source>
        <translation>↓ lower is better</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Measured</translation>
    </message>
    <message>
        <source>Simulated</source>
        <translation>Simulated</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>KPIs and targets</source>
        <translation>KPIs and targets</translation>
    </message>
    <message>
        <source>Baseline, target, the value measured on the data set and the value simulated for the plan. Status compares the simulated value (else the measured one) with the target.</source>
        <translation>Baseline, target, the value measured on the data set and the value simulated for the plan. Status compares the simulated value (else the measured one) with the target.</translation>
    </message>
    <message>
        <source>Status markers: ● circle on track · ▲ triangle at risk (within 10 % of target) · ■ square off track · ○ ring no value yet.</source>
        <translation>Status markers: ● circle on track · ▲ triangle at risk (within 10 % of target) · ■ square off track · ○ ring no value yet.</translation>
    </message>
    <message>
        <source>Brand checklists</source>
        <translation>Brand checklists</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>✓ Pass</source>
        <translation>✓ Pass</translation>
    </message>
    <message>
        <source>✗ Fail</source>
        <translation>✗ Fail</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>Score (pass ÷ decided)</source>
        <translation>Score (pass ÷ decided)</translation>
    </message>
    <message>
        <source>Overall %1 %</source>
        <translation>Overall %1 %</translation>
    </message>
    <message>
        <source>Overall: not reviewed</source>
        <translation>Overall: not reviewed</translation>
    </message>
    <message>
        <source>Checklist — %1</source>
        <translation>Checklist — %1</translation>
    </message>
    <message>
        <source>Each item reviewed per channel. Cells carry a word as well as a colour.</source>
        <translation>Each item reviewed per channel. Cells carry a word as well as a colour.</translation>
    </message>
    <message>
        <source>Score markers: ● 90 % or more · ▲ 70–89 % · ■ below 70 % · ○ not reviewed.</source>
        <translation>Score markers: ● 90 % or more · ▲ 70–89 % · ■ below 70 % · ○ not reviewed.</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFILE</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Income</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>PREFERRED CHANNELS</source>
        <translation>PREFERRED CHANNELS</translation>
    </message>
    <message>
        <source>SCENARIO</source>
        <translation>SCENARIO</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Motivations</source>
        <translation>Motivations</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Pain points</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>First touch</source>
        <translation>First touch</translation>
    </message>
    <message>
        <source>Last touch</source>
        <translation>Last touch</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>Linear</translation>
    </message>
    <message>
        <source>Time decay</source>
        <translation>Time decay</translation>
    </message>
    <message>
        <source>Position-based</source>
        <translation>Position-based</translation>
    </message>
    <message>
        <source>Markov (removal effect)</source>
        <translation>Markov (removal effect)</translation>
    </message>
    <message>
        <source>order %1: %2</source>
        <translation>order %1: %2</translation>
    </message>
    <message>
        <source>Markov order %1, chosen by %2-fold cross-validation over the journeys: it has the highest held-out log-likelihood per journey (%3).</source>
        <translation>Markov order %1, chosen by %2-fold cross-validation over the journeys: it has the highest held-out log-likelihood per journey (%3).</translation>
    </message>
    <message>
        <source>Markov order %1.</source>
        <translation>Markov order %1.</translation>
    </message>
    <message>
        <source>Repeated touches of a channel count once.</source>
        <translation>Repeated touches of a channel count once.</translation>
    </message>
    <message>
        <source>Every touch counts as it happened.</source>
        <translation>Every touch counts as it happened.</translation>
    </message>
    <message>
        <source>%1: no two channels&apos; intervals overlap.</source>
        <translation>%1: no two channels&apos; intervals overlap.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <source>%1: indistinguishable (intervals overlap): %2.</source>
        <translation>%1: indistinguishable (intervals overlap): %2.</translation>
    </message>
    <message>
        <source>Attribution by model</source>
        <translation>Attribution by model</translation>
    </message>
    <message>
        <source>attributed conversions; whiskers: 90 % bootstrap intervals</source>
        <translation>attributed conversions; whiskers: 90 % bootstrap intervals</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <source>Intervals: 90 % percentile intervals from %1 bootstrap replicates of the journeys.</source>
        <translation>Intervals: 90 % percentile intervals from %1 bootstrap replicates of the journeys.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Conversions</translation>
    </message>
    <message>
        <source>90 % interval</source>
        <translation>90 % interval</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Removal effect</source>
        <translation>Removal effect</translation>
    </message>
    <message>
        <source>Attribution table</source>
        <translation>Attribution table</translation>
    </message>
    <message>
        <source>%1: cannot make a safe file name for journey &quot;%2&quot;</source>
        <translation>%1: cannot make a safe file name for journey &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>%1 of %2 cards match</source>
        <translation>%1 of %2 cards match</translation>
    </message>
    <message>
        <source>No card matches</source>
        <translation>No card matches</translation>
    </message>
    <message>
        <source>All cards</source>
        <translation>All cards</translation>
    </message>
    <message>
        <source>Omnimap journey plan</source>
        <translation>Omnimap journey plan</translation>
    </message>
    <message>
        <source>Made with Omnimap. This page works offline and sends nothing anywhere.</source>
        <translation>Made with Omnimap. This page works offline and sends nothing anywhere.</translation>
    </message>
    <message>
        <source>Search cards</source>
        <translation>Search cards</translation>
    </message>
    <message>
        <source>All personas</source>
        <translation>All personas</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>Moment of truth</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emotion</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Marks</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Preferred channels</source>
        <translation>Preferred channels</translation>
    </message>
    <message>
        <source>Poster</source>
        <translation>Poster</translation>
    </message>
    <message>
        <source>Journey map overview — %1</source>
        <translation>Journey map overview — %1</translation>
    </message>
    <message>
        <source>Not to scale: the map follows in %1 parts at a readable size</source>
        <translation>Not to scale: the map follows in %1 parts at a readable size</translation>
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
        <translation>per day</translation>
    </message>
    <message>
        <source>per ISO week (Monday to Sunday)</source>
        <translation>per ISO week (Monday to Sunday)</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>per month</translation>
    </message>
    <message>
        <source>KPIs over time</source>
        <translation>KPIs over time</translation>
    </message>
    <message>
        <source>Each bound KPI measured on the data set %1, in UTC; the dashed line is the target, shaded bands are the campaigns&apos; dates.</source>
        <translation>Each bound KPI measured on the data set %1, in UTC; the dashed line is the target, shaded bands are the campaigns&apos; dates.</translation>
    </message>
    <message>
        <source>Channel flow</source>
        <translation>Channel flow</translation>
    </message>
    <message>
        <source>Moves from channel to channel in the customers&apos; journeys, measured on the data set (the dashboard&apos;s channel flow): where journeys start, which channel follows which, where they end.</source>
        <translation>Moves from channel to channel in the customers&apos; journeys, measured on the data set (the dashboard&apos;s channel flow): where journeys start, which channel follows which, where they end.</translation>
    </message>
    <message>
        <source>Largest moves</source>
        <translation>Largest moves</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>From → to</translation>
    </message>
    <message>
        <source>Moves</source>
        <translation>Moves</translation>
    </message>
    <message>
        <source>Share of the moves from there</source>
        <translation>Share of the moves from there</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 pts</translation>
    </message>
    <message>
        <source>95 %: %1 … %2</source>
        <translation>95 %: %1 … %2</translation>
    </message>
    <message>
        <source>Campaign effect</source>
        <translation>Campaign effect</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>During</source>
        <translation>During</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Difference-in-differences</source>
        <translation>Difference-in-differences</translation>
    </message>
    <message>
        <source>%1 to %2 (%3 days) against %4 to %5, on the data set&apos;s events (UTC).</source>
        <translation>%1 to %2 (%3 days) against %4 to %5, on the data set&apos;s events (UTC).</translation>
    </message>
    <message>
        <source>Difference-in-differences: the change of the treated (%1) minus the change of %2.</source>
        <translation>Difference-in-differences: the change of the treated (%1) minus the change of %2.</translation>
    </message>
    <message>
        <source>Campaign effect — %1</source>
        <translation>Campaign effect — %1</translation>
    </message>
    <message>
        <source>Intervals are 95 %: rates by Newcombe&apos;s score method, counts and other ratios as Poisson; difference-in-differences by the normal approximation. Bold: the interval excludes zero.</source>
        <translation>Intervals are 95 %: rates by Newcombe&apos;s score method, counts and other ratios as Poisson; difference-in-differences by the normal approximation. Bold: the interval excludes zero.</translation>
    </message>
    <message>
        <source>Customer feedback</source>
        <translation>Customer feedback</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95 % interval</translation>
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
        <translation>What low scores say</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>n too small</source>
        <translation>n too small</translation>
    </message>
    <message>
        <source>Customer feedback in the data set mapped onto the map&apos;s emotion scale (−5 … +5): NPS 0–10, CSAT and ratings 1–5, CES 1–7. A stage is measured from %1 scores on; below that it says &quot;n too small&quot;. Planned: the mean of the personas&apos; as-is emotion.</source>
        <translation>Customer feedback in the data set mapped onto the map&apos;s emotion scale (−5 … +5): NPS 0–10, CSAT and ratings 1–5, CES 1–7. A stage is measured from %1 scores on; below that it says &quot;n too small&quot;. Planned: the mean of the personas&apos; as-is emotion.</translation>
    </message>
    <message>
        <source>Feedback: %1</source>
        <translation>Feedback: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n journey(s)</source>
        <translation>
            <numerusform>%n journey</numerusform>
            <numerusform>%n journeys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n persona(s)</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n KPI(s)</source>
        <translation>
            <numerusform>%n KPI</numerusform>
            <numerusform>%n KPIs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s)</source>
        <translation>
            <numerusform>%n campaign</numerusform>
            <numerusform>%n campaigns</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage funnel</source>
        <translation>Stage funnel</translation>
    </message>
    <message>
        <source>Customers with at least one event at each stage, measured on the data set (the dashboard&apos;s funnel).</source>
        <translation>Customers with at least one event at each stage, measured on the data set (the dashboard&apos;s funnel).</translation>
    </message>
    <message>
        <source>%1 drop-off</source>
        <translation>%1 drop-off</translation>
    </message>
    <message>
        <source>Conversion rate, baseline</source>
        <translation>Conversion rate, baseline</translation>
    </message>
    <message>
        <source>Conversion rate, scenario</source>
        <translation>Conversion rate, scenario</translation>
    </message>
    <message>
        <source>Difference (percentage points)</source>
        <translation>Difference (percentage points)</translation>
    </message>
    <message>
        <source>95 % interval, scenario</source>
        <translation>95 % interval, scenario</translation>
    </message>
    <message>
        <source>Conversions, baseline</source>
        <translation>Conversions, baseline</translation>
    </message>
    <message>
        <source>Conversions, scenario</source>
        <translation>Conversions, scenario</translation>
    </message>
    <message>
        <source>Revenue per customer, baseline</source>
        <translation>Revenue per customer, baseline</translation>
    </message>
    <message>
        <source>Revenue per customer, scenario</source>
        <translation>Revenue per customer, scenario</translation>
    </message>
    <message>
        <source>Days to convert, scenario</source>
        <translation>Days to convert, scenario</translation>
    </message>
    <message>
        <source>Simulated customers</source>
        <translation>Simulated customers</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
</context>
<context>
    <name>omnimap::ReportOptionsDialog</name>
    <message>
        <source>Export Options</source>
        <translation>Export Options</translation>
    </message>
    <message>
        <source>All journeys</source>
        <translation>All journeys</translation>
    </message>
    <message>
        <source>&amp;Journey:</source>
        <translation>&amp;Journey:</translation>
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
        <translation>&amp;Paper:</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>PNG &amp;resolution:</source>
        <translation>PNG &amp;resolution:</translation>
    </message>
    <message>
        <source>Add a byte-order mark (for spreadsheet apps)</source>
        <translation>Add a byte-order mark (for spreadsheet apps)</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Orientation:</translation>
    </message>
    <message>
        <source>&amp;Map pages:</source>
        <translation>&amp;Map pages:</translation>
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
        <translation>Tabloid (11 × 17 in)</translation>
    </message>
    <message>
        <source>Automatic (turn with the map)</source>
        <translation>Automatic (turn with the map)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <source>Automatic: one page if legible, else readable parts</source>
        <translation>Automatic: one page if legible, else readable parts</translation>
    </message>
    <message>
        <source>Overview: whole map on one page</source>
        <translation>Overview: whole map on one page</translation>
    </message>
    <message>
        <source>Poster: whole map on one large page</source>
        <translation>Poster: whole map on one large page</translation>
    </message>
    <message>
        <source>Card text stays at 7 pt or larger: a map too big for one page comes as an overview and numbered parts with the lane and stage headers repeated.</source>
        <translation>Card text stays at 7 pt or larger: a map too big for one page comes as an overview and numbered parts with the lane and stage headers repeated.</translation>
    </message>
    <message>
        <source>The whole map on one page: on a large map the card text gets too small to read.</source>
        <translation>The whole map on one page: on a large map the card text gets too small to read.</translation>
    </message>
    <message>
        <source>The whole map at screen size on one page of A3 to A0 (or larger), for a plotter or a print shop.</source>
        <translation>The whole map at screen size on one page of A3 to A0 (or larger), for a plotter or a print shop.</translation>
    </message>
</context>
<context>
    <name>omnimap::RoleMatrixEditor</name>
    <message>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <source>Apply &amp;suggestions</source>
        <translation>Apply &amp;suggestions</translation>
    </message>
    <message>
        <source>Fill the cells you have not set with the roles channels usually play: social and ads for awareness, web and app for consideration and purchase, the store for the experience, e-mail, push and Kakao for retention, the call centre for service.</source>
        <translation>Fill the cells you have not set with the roles channels usually play: social and ads for awareness, web and app for consideration and purchase, the store for the experience, e-mail, push and Kakao for retention, the call centre for service.</translation>
    </message>
    <message>
        <source>Journey:</source>
        <translation>Journey:</translation>
    </message>
    <message>
        <source>What the channel does at this stage</source>
        <translation>What the channel does at this stage</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Purpose:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(no owner)</translation>
    </message>
    <message>
        <source>Apply role suggestions</source>
        <translation>Apply role suggestions</translation>
    </message>
    <message>
        <source>%1 at “%2”</source>
        <translation>%1 at “%2”</translation>
    </message>
    <message>
        <source>Select a cell to set its purpose and owner.</source>
        <translation>Select a cell to set its purpose and owner.</translation>
    </message>
</context>
<context>
    <name>omnimap::RoleMatrixModel</name>
    <message>
        <source>Primary</source>
        <translation>Primary</translation>
    </message>
    <message>
        <source>Supporting</source>
        <translation>Supporting</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Owner: %1</translation>
    </message>
</context>
<context>
    <name>omnimap::StageEmotions</name>
    <message>
        <source>No persona on this map yet: check one under the journey&apos;s properties.</source>
        <translation>No persona on this map yet: check one under the journey&apos;s properties.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Emotion&lt;/b&gt; (as-is · to-be)</source>
        <translation>&lt;b&gt;Emotion&lt;/b&gt; (as-is · to-be)</translation>
    </message>
    <message>
        <source>To-be: the experience the plan aims for</source>
        <translation>To-be: the experience the plan aims for</translation>
    </message>
    <message>
        <source>As-is: the experience today</source>
        <translation>As-is: the experience today</translation>
    </message>
</context>
<context>
    <name>omnimap::ThirdParty</name>
    <message>
        <source>Application framework: windows, charts, SVG, printing</source>
        <translation>Application framework: windows, charts, SVG, printing</translation>
    </message>
    <message>
        <source>Reading and writing project files</source>
        <translation>Reading and writing project files</translation>
    </message>
    <message>
        <source>The local customer data set</source>
        <translation>The local customer data set</translation>
    </message>
    <message>
        <source>Korean and Latin text on screen and in PDF exports</source>
        <translation>Korean and Latin text on screen and in PDF exports</translation>
    </message>
    <message>
        <source>Example journey maps for import and export</source>
        <translation>Example journey maps for import and export</translation>
    </message>
</context>
<context>
    <name>omnimap::TimelineCanvas</name>
    <message>
        <source>Campaign timeline</source>
        <translation>Campaign timeline</translation>
    </message>
    <message>
        <source>(no channel)</source>
        <translation>(no channel)</translation>
    </message>
    <message>
        <source>Give the campaign a start and an end date to see its timeline.</source>
        <translation>Give the campaign a start and an end date to see its timeline.</translation>
    </message>
</context>
<context>
    <name>omnimap::TouchpointPlanFields</name>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Supporting</source>
        <translation>Supporting</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primary</translation>
    </message>
    <message>
        <source>What this channel does at this stage (the role matrix&apos;s cell)</source>
        <translation>What this channel does at this stage (the role matrix&apos;s cell)</translation>
    </message>
    <message>
        <source>Channel &amp;role here</source>
        <translation>Channel &amp;role here</translation>
    </message>
    <message>
        <source>e.g. the store gives the experience</source>
        <translation>e.g. the store gives the experience</translation>
    </message>
    <message>
        <source>P&amp;urpose</source>
        <translation>P&amp;urpose</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>Co&amp;st</source>
        <translation>Co&amp;st</translation>
    </message>
    <message>
        <source>Creative, copy, screens… one per line</source>
        <translation>Creative, copy, screens… one per line</translation>
    </message>
    <message>
        <source>&amp;Assets</source>
        <translation>&amp;Assets</translation>
    </message>
    <message>
        <source>Comma-separated</source>
        <translation>Comma-separated</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Ta&amp;gs</translation>
    </message>
    <message>
        <source>Check the KPIs that measure this touchpoint</source>
        <translation>Check the KPIs that measure this touchpoint</translation>
    </message>
    <message>
        <source>Measured &amp;by</source>
        <translation>Measured &amp;by</translation>
    </message>
    <message>
        <source>Measure touchpoint by KPI</source>
        <translation>Measure touchpoint by KPI</translation>
    </message>
    <message>
        <source>Stop measuring touchpoint by KPI</source>
        <translation>Stop measuring touchpoint by KPI</translation>
    </message>
    <message>
        <source>No KPI yet (Plan ▸ KPIs)</source>
        <translation>No KPI yet (Plan ▸ KPIs)</translation>
    </message>
</context>
<context>
    <name>omnimap::TrendChart</name>
    <message>
        <source>The data set has no events in this range.</source>
        <translation>The data set has no events in this range.</translation>
    </message>
    <message>
        <source>No period could be measured: %1</source>
        <translation>No period could be measured: %1</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>target %1</translation>
    </message>
    <message>
        <source>● measured · ○ partial period · × no data</source>
        <translation>● measured · ○ partial period · × no data</translation>
    </message>
</context>
<context>
    <name>omnimap::UserIdentityDialog</name>
    <message>
        <source>Who Is Working on This Plan?</source>
        <translation>Who Is Working on This Plan?</translation>
    </message>
    <message>
        <source>Your name and department are shown on your comments and reviews, so other departments know who to ask.</source>
        <translation>Your name and department are shown on your comments and reviews, so other departments know who to ask.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Department:</translation>
    </message>
</context>
<context>
    <name>omnimap::Validation</name>
    <message>
        <source>duplicate id &quot;%1&quot; (first used at %2); every item needs its own id</source>
        <translation>duplicate id &quot;%1&quot; (first used at %2); every item needs its own id</translation>
    </message>
    <message>
        <source>department</source>
        <translation>department</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>channel</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>journey</source>
        <translation>journey</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>stage</translation>
    </message>
    <message>
        <source>touchpoint</source>
        <translation>touchpoint</translation>
    </message>
    <message>
        <source>channel lane of this journey</source>
        <translation>channel lane of this journey</translation>
    </message>
    <message>
        <source>checklist template</source>
        <translation>checklist template</translation>
    </message>
    <message>
        <source>checklist item</source>
        <translation>checklist item</translation>
    </message>
    <message>
        <source>item</source>
        <translation>item</translation>
    </message>
    <message>
        <source>missing reference to a %1</source>
        <translation>missing reference to a %1</translation>
    </message>
    <message>
        <source>refers to %1 &quot;%2&quot;, which does not exist</source>
        <translation>refers to %1 &quot;%2&quot;, which does not exist</translation>
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
        <translation>Copy or save this chart</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Copy image</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Save as PNG…</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>Save as SVG…</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG drawing (*.svg)</translation>
    </message>
</context>
<context>
    <name>omnimap::insight::Charts</name>
    <message>
        <source>Reached the stage</source>
        <translation>Reached the stage</translation>
    </message>
    <message>
        <source>Lost since the previous stage</source>
        <translation>Lost since the previous stage</translation>
    </message>
    <message>
        <source>%1 (−%2)</source>
        <translation>%1 (−%2)</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>customers</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>channel</translation>
    </message>
    <message>
        <source>attributed conversions</source>
        <translation>attributed conversions</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Conversions</translation>
    </message>
    <message>
        <source>days from first touch to conversion</source>
        <translation>days from first touch to conversion</translation>
    </message>
    <message>
        <source>conversions</source>
        <translation>conversions</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>stage</translation>
    </message>
    <message>
        <source>customers reaching the stage (%)</source>
        <translation>customers reaching the stage (%)</translation>
    </message>
    <message>
        <source>90 % interval: %1 – %2</source>
        <translation>90 % interval: %1 – %2</translation>
    </message>
</context>
<context>
    <name>omnimap::insight::DashboardWidget</name>
    <message>
        <source>Cancelled; the warehouse stopped the query too. Change a filter or press Refresh to ask again.</source>
        <translation>Cancelled; the warehouse stopped the query too. Change a filter or press Refresh to ask again.</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>All dates</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Compute the charts again (F5)</source>
        <translation>Compute the charts again (F5)</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Journeys</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Conversions</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>Conversion rate</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Median days to convert</source>
        <translation>Median days to convert</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Path</translation>
    </message>
    <message>
        <source>Conv. rate</source>
        <translation>Conv. rate</translation>
    </message>
    <message>
        <source>Stage funnel</source>
        <translation>Stage funnel</translation>
    </message>
    <message>
        <source>Channel flow</source>
        <translation>Channel flow</translation>
    </message>
    <message>
        <source>moves between consecutive touches</source>
        <translation>moves between consecutive touches</translation>
    </message>
    <message>
        <source>Attribution by model</source>
        <translation>Attribution by model</translation>
    </message>
    <message>
        <source>KPI status</source>
        <translation>KPI status</translation>
    </message>
    <message>
        <source>measured on the data set</source>
        <translation>measured on the data set</translation>
    </message>
    <message>
        <source>Time to convert</source>
        <translation>Time to convert</translation>
    </message>
    <message>
        <source>Top paths</source>
        <translation>Top paths</translation>
    </message>
    <message>
        <source>Models ▾</source>
        <translation>Models ▾</translation>
    </message>
    <message>
        <source>Choose the attribution models to compare</source>
        <translation>Choose the attribution models to compare</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>All customers</translation>
    </message>
    <message>
        <source>Open a data set (Data ▸ Open data set…) to see the charts.</source>
        <translation>Open a data set (Data ▸ Open data set…) to see the charts.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <source>Could not compute the charts: %1</source>
        <translation>Could not compute the charts: %1</translation>
    </message>
    <message>
        <source>Data set %1 · %2 distinct paths</source>
        <translation>Data set %1 · %2 distinct paths</translation>
    </message>
    <message>
        <source>mean %1 d · median %2 d · 90 % within %3 d</source>
        <translation>mean %1 d · median %2 d · 90 % within %3 d</translation>
    </message>
    <message>
        <source>by journeys, of %1</source>
        <translation>by journeys, of %1</translation>
    </message>
    <message>
        <source>d</source>
        <translation>d</translation>
    </message>
    <message>
        <source>no data binding</source>
        <translation>no data binding</translation>
    </message>
    <message>
        <source>Markov ▾</source>
        <translation>Markov ▾</translation>
    </message>
    <message>
        <source>Choose the Markov model&apos;s order and how it counts repeated touches</source>
        <translation>Choose the Markov model&apos;s order and how it counts repeated touches</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Order %1</translation>
    </message>
    <message>
        <source>Choose the order by cross-validation</source>
        <translation>Choose the order by cross-validation</translation>
    </message>
    <message>
        <source>Count repeated touches once (older variant)</source>
        <translation>Count repeated touches once (older variant)</translation>
    </message>
    <message>
        <source>Markov order %1, chosen by %2-fold cross-validation: the highest held-out log-likelihood per journey (orders 1–%3: %4)</source>
        <translation>Markov order %1, chosen by %2-fold cross-validation: the highest held-out log-likelihood per journey (orders 1–%3: %4)</translation>
    </message>
    <message>
        <source>Markov order %1</source>
        <translation>Markov order %1</translation>
    </message>
    <message>
        <source>repeated touches counted once</source>
        <translation>repeated touches counted once</translation>
    </message>
    <message>
        <source>every touch counted</source>
        <translation>every touch counted</translation>
    </message>
    <message>
        <source>whiskers: 90 % intervals from %1 bootstrap replicates</source>
        <translation>whiskers: 90 % intervals from %1 bootstrap replicates</translation>
    </message>
    <message>
        <source>Warehouse %1 · %2 distinct paths, computed by the warehouse</source>
        <translation>Warehouse %1 · %2 distinct paths, computed by the warehouse</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>By day</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>By week</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>By month</translation>
    </message>
    <message>
        <source>Period of the KPI trends: days, ISO weeks (Monday to Sunday) or months, in UTC</source>
        <translation>Period of the KPI trends: days, ISO weeks (Monday to Sunday) or months, in UTC</translation>
    </message>
    <message>
        <source>KPIs over time</source>
        <translation>KPIs over time</translation>
    </message>
    <message>
        <source>each bound KPI per period; dashed: target; shaded: campaign dates</source>
        <translation>each bound KPI per period; dashed: target; shaded: campaign dates</translation>
    </message>
    <message>
        <source>No KPI is bound to the data set: bind one in the KPI table (Data binding…) to see it over time.</source>
        <translation>No KPI is bound to the data set: bind one in the KPI table (Data binding…) to see it over time.</translation>
    </message>
    <message>
        <source>Record these values</source>
        <translation>Record these values</translation>
    </message>
    <message>
        <source>Record each KPI&apos;s value of its last complete period into the plan&apos;s KPI history (one undo step; see Plan ▸ KPIs › History…)</source>
        <translation>Record each KPI&apos;s value of its last complete period into the plan&apos;s KPI history (one undo step; see Plan ▸ KPIs › History…)</translation>
    </message>
    <message>
        <source>No KPI has a measured period to record.</source>
        <translation>No KPI has a measured period to record.</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n KPI value(s) into the plan&apos;s history (Edit ▸ Undo takes them back).</source>
        <translation>
            <numerusform>Recorded %n KPI value into the plan&apos;s history (Edit ▸ Undo takes it back).</numerusform>
            <numerusform>Recorded %n KPI values into the plan&apos;s history (Edit ▸ Undo takes them back).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omnimap::insight::DataSetsDock</name>
    <message>
        <source>Data sets</source>
        <translation>Data sets</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>New…</translation>
    </message>
    <message>
        <source>Create an empty data set file</source>
        <translation>Create an empty data set file</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <source>Open a data set file</source>
        <translation>Open a data set file</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Import CSV…</translation>
    </message>
    <message>
        <source>Import customer events into the open data set</source>
        <translation>Import customer events into the open data set</translation>
    </message>
    <message>
        <source>Sample…</source>
        <translation>Sample…</translation>
    </message>
    <message>
        <source>Fill the open data set with generated sample customers</source>
        <translation>Fill the open data set with generated sample customers</translation>
    </message>
    <message>
        <source>Data sets this project was checked against; double-click to open</source>
        <translation>Data sets this project was checked against; double-click to open</translation>
    </message>
    <message>
        <source>Found in data set %1</source>
        <translation>Found in data set %1</translation>
    </message>
    <message numerus="yes">
        <source>Added %n channel(s) to the plan.</source>
        <translation>
            <numerusform>Added %n channel to the plan.</numerusform>
            <numerusform>Added %n channels to the plan.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;i&gt;No data set open.&lt;/i&gt; Create one, open one, or generate sample customers to see funnels, flows and attribution for this plan.</source>
        <translation>&lt;i&gt;No data set open.&lt;/i&gt; Create one, open one, or generate sample customers to see funnels, flows and attribution for this plan.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 customers · %3 events&lt;br&gt;%4 – %5&lt;br&gt;Channels: %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 customers · %3 events&lt;br&gt;%4 – %5&lt;br&gt;Channels: %6</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>In the data, not in the plan: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>In the data, not in the plan: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>In the plan, no events: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>In the plan, no events: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Add %n channel(s) to the plan</source>
        <translation>
            <numerusform>Add %n channel to the plan</numerusform>
            <numerusform>Add %n channels to the plan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omnimap::insight::FeedbackPanel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Scored</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emotion</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95 % interval</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CSAT % satisfied</source>
        <translation>CSAT % satisfied</translation>
    </message>
    <message>
        <source>Low scores</source>
        <translation>Low scores</translation>
    </message>
    <message>
        <source>Phrase</source>
        <translation>Phrase</translation>
    </message>
    <message>
        <source>Low-score rows</source>
        <translation>Low-score rows</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Example</translation>
    </message>
    <message>
        <source>Path before a low score</source>
        <translation>Path before a low score</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>Share %</translation>
    </message>
    <message>
        <source>Make Pain Point</source>
        <translation>Make Pain Point</translation>
    </message>
    <message>
        <source>By stage</source>
        <translation>By stage</translation>
    </message>
    <message>
        <source>By touchpoint</source>
        <translation>By touchpoint</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>By channel</translation>
    </message>
    <message>
        <source>Add the selected phrase to the pain points of its stage (undoable)</source>
        <translation>Add the selected phrase to the pain points of its stage (undoable)</translation>
    </message>
    <message>
        <source>What customers with a low score say about the selected row:</source>
        <translation>What customers with a low score say about the selected row:</translation>
    </message>
    <message>
        <source>The feedback could not be read: %1</source>
        <translation>The feedback could not be read: %1</translation>
    </message>
    <message>
        <source>No feedback in the data set. Import a feedback CSV (Data ▸ Import Feedback CSV…) or generate sample data.</source>
        <translation>No feedback in the data set. Import a feedback CSV (Data ▸ Import Feedback CSV…) or generate sample data.</translation>
    </message>
    <message>
        <source>%1 feedback rows, %2 with a score. NPS %3 (n = %4), CSAT %5 % satisfied (n = %6).</source>
        <translation>%1 feedback rows, %2 with a score. NPS %3 (n = %4), CSAT %5 % satisfied (n = %6).</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
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
        <translation>CSAT % satisfied</translation>
    </message>
    <message>
        <source>too few</source>
        <translation>too few</translation>
    </message>
    <message>
        <source>Only %1 answers; a score needs at least %2.</source>
        <translation>Only %1 answers; a score needs at least %2.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>The feedback could not be read: %1</source>
        <translation>The feedback could not be read: %1</translation>
    </message>
    <message>
        <source>No customer feedback loaded: import a feedback CSV (Data ▸ Import Feedback CSV…) to see NPS and CSAT per stage and channel.</source>
        <translation>No customer feedback loaded: import a feedback CSV (Data ▸ Import Feedback CSV…) to see NPS and CSAT per stage and channel.</translation>
    </message>
    <message>
        <source>NPS: % promoters (9–10) − % detractors (0–6). CSAT: % of answers 4 or 5. Shown from %1 answers on; fewer say “too few”. All customers, all dates.</source>
        <translation>NPS: % promoters (9–10) − % detractors (0–6). CSAT: % of answers 4 or 5. Shown from %1 answers on; fewer say “too few”. All customers, all dates.</translation>
    </message>
</context>
<context>
    <name>omnimap::insight::ImportMappingDialog</name>
    <message>
        <source>Customer id</source>
        <translation>Customer id</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Event type</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Age band</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Sign-up date</source>
        <translation>Sign-up date</translation>
    </message>
    <message>
        <source>Skip bad rows (import the good ones and list the problems)</source>
        <translation>Skip bad rows (import the good ones and list the problems)</translation>
    </message>
    <message>
        <source>Import events from %1</source>
        <translation>Import events from %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>— not in the file —</source>
        <translation>— not in the file —</translation>
    </message>
    <message numerus="yes">
        <source>First %n row(s) of the file:</source>
        <translation>
            <numerusform>First %n row of the file:</numerusform>
            <numerusform>First %n rows of the file:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: can not read the file: %2</source>
        <translation>%1: can not read the file: %2</translation>
    </message>
    <message>
        <source>The file can not be read.</source>
        <translation>The file can not be read.</translation>
    </message>
    <message>
        <source>Choose a column for: %1</source>
        <translation>Choose a column for: %1</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is mapped twice (%2 and %3).</source>
        <translation>Column &quot;%1&quot; is mapped twice (%2 and %3).</translation>
    </message>
    <message>
        <source>Import events</source>
        <translation>Import events</translation>
    </message>
    <message>
        <source>Columns for Omnimap&apos;s fields (* required)</source>
        <translation>Columns for Omnimap&apos;s fields (* required)</translation>
    </message>
    <message>
        <source>Kind (nps, csat, ces, rating, text)</source>
        <translation>Kind (nps, csat, ces, rating, text)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Import feedback from %1</source>
        <translation>Import feedback from %1</translation>
    </message>
    <message>
        <source>Choose a column for the touchpoint or the stage (or both).</source>
        <translation>Choose a column for the touchpoint or the stage (or both).</translation>
    </message>
</context>
<context>
    <name>omnimap::insight::InsightPrompts</name>
    <message>
        <source>Open data set</source>
        <translation>Open data set</translation>
    </message>
    <message>
        <source>Omnimap data sets (*.sqlite *.db);;All files (*)</source>
        <translation>Omnimap data sets (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>New data set</source>
        <translation>New data set</translation>
    </message>
    <message>
        <source>customers.sqlite</source>
        <translation>customers.sqlite</translation>
    </message>
    <message>
        <source>Omnimap data sets (*.sqlite)</source>
        <translation>Omnimap data sets (*.sqlite)</translation>
    </message>
    <message>
        <source>Import customer events</source>
        <translation>Import customer events</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <source>Generate sample data</source>
        <translation>Generate sample data</translation>
    </message>
    <message>
        <source>Events to generate (deterministic, seed 42):</source>
        <translation>Events to generate (deterministic, seed 42):</translation>
    </message>
    <message>
        <source>Warehouse password</source>
        <translation>Warehouse password</translation>
    </message>
    <message>
        <source>Password of %1 for the warehouse &quot;%2&quot;:</source>
        <translation>Password of %1 for the warehouse &quot;%2&quot;:</translation>
    </message>
</context>
<context>
    <name>omnimap::insight::InsightSession</name>
    <message>
        <source>Imported %1 rows from %2 (%3 skipped).</source>
        <translation>Imported %1 rows from %2 (%3 skipped).</translation>
    </message>
    <message>
        <source>Import cancelled; the data set was left as it was.</source>
        <translation>Import cancelled; the data set was left as it was.</translation>
    </message>
    <message>
        <source>Generated %1 sample events.</source>
        <translation>Generated %1 sample events.</translation>
    </message>
</context>
<context>
    <name>omnimap::insight::InsightTools</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenarios</translation>
    </message>
    <message>
        <source>&amp;New Data Set…</source>
        <translation>&amp;New Data Set…</translation>
    </message>
    <message>
        <source>&amp;Open Data Set…</source>
        <translation>&amp;Open Data Set…</translation>
    </message>
    <message>
        <source>&amp;Import Events CSV…</source>
        <translation>&amp;Import Events CSV…</translation>
    </message>
    <message>
        <source>Generate &amp;Sample Data…</source>
        <translation>Generate &amp;Sample Data…</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>What-if &amp;Scenarios</source>
        <translation>What-if &amp;Scenarios</translation>
    </message>
    <message>
        <source>Simulation Overlays</source>
        <translation>Simulation Overlays</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importing %1</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>rows</translation>
    </message>
    <message>
        <source>Generating sample data</source>
        <translation>Generating sample data</translation>
    </message>
    <message>
        <source>events</source>
        <translation>events</translation>
    </message>
    <message>
        <source>Connect to &amp;Warehouse…</source>
        <translation>Connect to &amp;Warehouse…</translation>
    </message>
    <message>
        <source>A warehouse is only read: open or create a local data set to import or generate events.</source>
        <translation>A warehouse is only read: open or create a local data set to import or generate events.</translation>
    </message>
    <message>
        <source>The password was not kept (%1): it will be asked next time.</source>
        <translation>The password was not kept (%1): it will be asked next time.</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Import &amp;Feedback CSV…</source>
        <translation>Import &amp;Feedback CSV…</translation>
    </message>
    <message>
        <source>Customer F&amp;eedback</source>
        <translation>Customer F&amp;eedback</translation>
    </message>
    <message>
        <source>Customer feedback: NPS and CSAT</source>
        <translation>Customer feedback: NPS and CSAT</translation>
    </message>
    <message>
        <source>per stage and per channel, with n</source>
        <translation>per stage and per channel, with n</translation>
    </message>
</context>
<context>
    <name>omnimap::insight::JobProgressDialog</name>
    <message>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <source>Cancelling… the data set stays as it was.</source>
        <translation>Cancelling… the data set stays as it was.</translation>
    </message>
    <message>
        <source>%1 of about %2 %3</source>
        <translation>%1 of about %2 %3</translation>
    </message>
    <message>
        <source>%1 %2/s · about %3 s left</source>
        <translation>%1 %2/s · about %3 s left</translation>
    </message>
</context>
<context>
    <name>omnimap::insight::JobProgressStrip</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>omnimap::insight::KpiBulletView</name>
    <message>
        <source>No KPI with a data binding in this journey. Bind a KPI to event types to measure it.</source>
        <translation>No KPI with a data binding in this journey. Bind a KPI to event types to measure it.</translation>
    </message>
    <message>
        <source>actual %1</source>
        <translation>actual %1</translation>
    </message>
    <message>
        <source>baseline %1</source>
        <translation>baseline %1</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>target %1</translation>
    </message>
    <message>
        <source>– Not measured</source>
        <translation>– Not measured</translation>
    </message>
    <message>
        <source>bar: actual · thick mark: target · dashed mark: baseline · grey band: range to target</source>
        <translation>bar: actual · thick mark: target · dashed mark: baseline · grey band: range to target</translation>
    </message>
</context>
<context>
    <name>omnimap::insight::MapOverlayController</name>
    <message>
        <source>KPI status badges</source>
        <translation>KPI status badges</translation>
    </message>
    <message>
        <source>Simulated flow on hand-offs</source>
        <translation>Simulated flow on hand-offs</translation>
    </message>
    <message>
        <source>Drop-off heat on stages</source>
        <translation>Drop-off heat on stages</translation>
    </message>
    <message>
        <source>Show each stage&apos;s and touchpoint&apos;s KPI status on the map</source>
        <translation>Show each stage&apos;s and touchpoint&apos;s KPI status on the map</translation>
    </message>
    <message>
        <source>Draw hand-off arrows as wide as the simulated customers moving along them</source>
        <translation>Draw hand-off arrows as wide as the simulated customers moving along them</translation>
    </message>
    <message>
        <source>Shade stages by the share of customers lost there</source>
        <translation>Shade stages by the share of customers lost there</translation>
    </message>
</context>
<context>
    <name>omnimap::insight::Palette</name>
    <message>
        <source>✔ On track</source>
        <translation>✔ On track</translation>
    </message>
    <message>
        <source>▲ At risk</source>
        <translation>▲ At risk</translation>
    </message>
    <message>
        <source>✖ Off track</source>
        <translation>✖ Off track</translation>
    </message>
    <message>
        <source>– No target</source>
        <translation>– No target</translation>
    </message>
</context>
<context>
    <name>omnimap::insight::SankeyView</name>
    <message>
        <source>No channel moves in the selection.</source>
        <translation>No channel moves in the selection.</translation>
    </message>
    <message>
        <source>%1: %2 moves (%3 %)</source>
        <translation>%1: %2 moves (%3 %)</translation>
    </message>
    <message>
        <source>%1 → %2: %3 moves (%4 % of the moves from %1)</source>
        <translation>%1 → %2: %3 moves (%4 % of the moves from %1)</translation>
    </message>
    <message>
        <source>(start)</source>
        <translation>(start)</translation>
    </message>
    <message>
        <source>(converted)</source>
        <translation>(converted)</translation>
    </message>
    <message>
        <source>(dropped off)</source>
        <translation>(dropped off)</translation>
    </message>
</context>
<context>
    <name>omnimap::insight::ScenarioCompareView</name>
    <message>
        <source>Run the scenario to see its effect.</source>
        <translation>Run the scenario to see its effect.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>Conversion rate</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Conversions</translation>
    </message>
    <message>
        <source>Revenue per customer</source>
        <translation>Revenue per customer</translation>
    </message>
    <message>
        <source>Days to convert (mean)</source>
        <translation>Days to convert (mean)</translation>
    </message>
    <message>
        <source>d</source>
        <translation>d</translation>
    </message>
    <message>
        <source>Reach: %1</source>
        <translation>Reach: %1</translation>
    </message>
    <message>
        <source> pp</source>
        <translation> pp</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; converts &lt;b style=&apos;color:%2&apos;&gt;%3 pp&lt;/b&gt; %4 than &lt;b&gt;%5&lt;/b&gt; (%6 simulated customers each, 95 % intervals %7).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; converts &lt;b style=&apos;color:%2&apos;&gt;%3 pp&lt;/b&gt; %4 than &lt;b&gt;%5&lt;/b&gt; (%6 simulated customers each, 95 % intervals %7).</translation>
    </message>
    <message>
        <source>more</source>
        <translation>more</translation>
    </message>
    <message>
        <source>less</source>
        <translation>less</translation>
    </message>
    <message>
        <source>overlap: the difference may be noise</source>
        <translation>overlap: the difference may be noise</translation>
    </message>
    <message>
        <source>do not overlap</source>
        <translation>do not overlap</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; changes nothing against &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; changes nothing against &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Its changes touch no transition that occurs in the simulated journey: check the channels of its modifiers against the data set.</source>
        <translation>Its changes touch no transition that occurs in the simulated journey: check the channels of its modifiers against the data set.</translation>
    </message>
</context>
<context>
    <name>omnimap::insight::ScenarioPanel</name>
    <message>
        <source>Move budget share</source>
        <translation>Move budget share</translation>
    </message>
    <message>
        <source>Remove channel</source>
        <translation>Remove channel</translation>
    </message>
    <message>
        <source>Scale entries via channel</source>
        <translation>Scale entries via channel</translation>
    </message>
    <message>
        <source>Scale moves channel → channel</source>
        <translation>Scale moves channel → channel</translation>
    </message>
    <message>
        <source>Set conversion rate after channel</source>
        <translation>Set conversion rate after channel</translation>
    </message>
    <message>
        <source>Scale conversion rate after channel</source>
        <translation>Scale conversion rate after channel</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>New scenario</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenarios</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>To / into channel</source>
        <translation>To / into channel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Add change</source>
        <translation>Add change</translation>
    </message>
    <message>
        <source>Remove change</source>
        <translation>Remove change</translation>
    </message>
    <message>
        <source>Add scenario change</source>
        <translation>Add scenario change</translation>
    </message>
    <message>
        <source>Remove scenario change</source>
        <translation>Remove scenario change</translation>
    </message>
    <message>
        <source> customers</source>
        <translation> customers</translation>
    </message>
    <message>
        <source>Simulated customers per run; more gives narrower intervals</source>
        <translation>Simulated customers per run; more gives narrower intervals</translation>
    </message>
    <message>
        <source>Simulate the baseline and this scenario (Ctrl+R)</source>
        <translation>Simulate the baseline and this scenario (Ctrl+R)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>What changes</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Compare with</translation>
    </message>
    <message>
        <source>Baseline (no changes)</source>
        <translation>Baseline (no changes)</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>All customers</translation>
    </message>
    <message>
        <source>Change scenario change kind</source>
        <translation>Change scenario change kind</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Change scenario channel</source>
        <translation>Change scenario channel</translation>
    </message>
    <message>
        <source>Change scenario target channel</source>
        <translation>Change scenario target channel</translation>
    </message>
    <message>
        <source>Change scenario value</source>
        <translation>Change scenario value</translation>
    </message>
    <message>
        <source>Simulating %1 customers twice (baseline and scenario)…</source>
        <translation>Simulating %1 customers twice (baseline and scenario)…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Cancelled; the stored result was kept.</source>
        <translation>Cancelled; the stored result was kept.</translation>
    </message>
    <message>
        <source>Simulation failed: %1</source>
        <translation>Simulation failed: %1</translation>
    </message>
    <message>
        <source>Done: calibrated on the data set.</source>
        <translation>Done: calibrated on the data set.</translation>
    </message>
    <message>
        <source>Done: from the plan&apos;s structure (not enough journeys in the data for this persona).</source>
        <translation>Done: from the plan&apos;s structure (not enough journeys in the data for this persona).</translation>
    </message>
    <message>
        <source>Add a scenario: for example, move 20 % of the ads budget to Kakao.</source>
        <translation>Add a scenario: for example, move 20 % of the ads budget to Kakao.</translation>
    </message>
    <message>
        <source>Not run yet. Press Run (Ctrl+R) to simulate it.</source>
        <translation>Not run yet. Press Run (Ctrl+R) to simulate it.</translation>
    </message>
    <message>
        <source>This result was computed on other data than the open data set; run it again.</source>
        <translation>This result was computed on other data than the open data set; run it again.</translation>
    </message>
    <message>
        <source>The scenario&apos;s changes were edited after this result; run it again.</source>
        <translation>The scenario&apos;s changes were edited after this result; run it again.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has not been run yet.</source>
        <translation>&quot;%1&quot; has not been run yet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was computed on other data; run it again.</source>
        <translation>&quot;%1&quot; was computed on other data; run it again.</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>What this scenario tries, e.g. scale conversion after KakaoTalk ×1.5</source>
        <translation>What this scenario tries, e.g. scale conversion after KakaoTalk ×1.5</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>omnimap::insight::SimAdapter</name>
    <message>
        <source>Cancelled; the data set was left as it was.</source>
        <translation>Cancelled; the data set was left as it was.</translation>
    </message>
    <message>
        <source>First touch</source>
        <translation>First touch</translation>
    </message>
    <message>
        <source>Last touch</source>
        <translation>Last touch</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>Linear</translation>
    </message>
    <message>
        <source>Time decay</source>
        <translation>Time decay</translation>
    </message>
    <message>
        <source>Position-based</source>
        <translation>Position-based</translation>
    </message>
    <message>
        <source>Markov (removal effect)</source>
        <translation>Markov (removal effect)</translation>
    </message>
    <message>
        <source>The scenario has no journey to simulate.</source>
        <translation>The scenario has no journey to simulate.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>line %1, column %2: %3</translation>
    </message>
</context>
<context>
    <name>omnimap::insight::WarehouseConnectionDialog</name>
    <message>
        <source>&amp;Engine:</source>
        <translation>&amp;Engine:</translation>
    </message>
    <message>
        <source>Off: a shard that does not answer is an error naming it. On: the cluster answers from the shards that are up (ClickHouse&apos;s skip_unavailable_shards).</source>
        <translation>Off: a shard that does not answer is an error naming it. On: the cluster answers from the shards that are up (ClickHouse&apos;s skip_unavailable_shards).</translation>
    </message>
    <message>
        <source>ClickHouse (HTTP interface)</source>
        <translation>ClickHouse (HTTP interface)</translation>
    </message>
    <message>
        <source>PostgreSQL, Citus or compatible</source>
        <translation>PostgreSQL, Citus or compatible</translation>
    </message>
    <message>
        <source>&amp;Skip shards that are down (answers then leave their customers out)</source>
        <translation>&amp;Skip shards that are down (answers then leave their customers out)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>If the server offers it</source>
        <translation>If the server offers it</translation>
    </message>
    <message>
        <source>Required (not verified)</source>
        <translation>Required (not verified)</translation>
    </message>
    <message>
        <source>Required, certificate verified</source>
        <translation>Required, certificate verified</translation>
    </message>
    <message>
        <source>Required, certificate and host name verified</source>
        <translation>Required, certificate and host name verified</translation>
    </message>
    <message>
        <source>Orders events of one customer at the same time (optional)</source>
        <translation>Orders events of one customer at the same time (optional)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>(a column named %1)</source>
        <translation>(a column named %1)</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>Test &amp;connection</translation>
    </message>
    <message>
        <source>No system keychain is available: the password is asked each time.</source>
        <translation>No system keychain is available: the password is asked each time.</translation>
    </message>
    <message>
        <source>Fill in the host, the database, the user and the table.</source>
        <translation>Fill in the host, the database, the user and the table.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Connecting to %1:%2…</source>
        <translation>Connecting to %1:%2…</translation>
    </message>
    <message>
        <source>&amp;Cancel test</source>
        <translation>&amp;Cancel test</translation>
    </message>
    <message>
        <source>Connected: %1 has about %2 rows; the mapping is complete.</source>
        <translation>Connected: %1 has about %2 rows; the mapping is complete.</translation>
    </message>
    <message>
        <source>Connected: the mapping of %1 is complete.</source>
        <translation>Connected: the mapping of %1 is complete.</translation>
    </message>
</context>
<context>
    <name>omnimap::insight::WarehouseQueryProgress</name>
    <message>
        <source>Warehouse query</source>
        <translation>Warehouse query</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Connecting to the warehouse</source>
        <translation>Connecting to the warehouse</translation>
    </message>
    <message>
        <source>The warehouse builds the journeys and counts the paths</source>
        <translation>The warehouse builds the journeys and counts the paths</translation>
    </message>
    <message>
        <source>The warehouse counts the funnel</source>
        <translation>The warehouse counts the funnel</translation>
    </message>
    <message>
        <source>Attribution (time decay is summed by the warehouse)</source>
        <translation>Attribution (time decay is summed by the warehouse)</translation>
    </message>
    <message>
        <source>The warehouse counts the KPIs</source>
        <translation>The warehouse counts the KPIs</translation>
    </message>
    <message>
        <source>%1…
%2 s so far. Cancel stops the query on the server too.</source>
        <translation>%1…
%2 s so far. Cancel stops the query on the server too.</translation>
    </message>
</context>
<context>
    <name>omnimap::insight::warehousepasswords</name>
    <message>
        <source>the system keychain did not answer</source>
        <translation>the system keychain did not answer</translation>
    </message>
    <message>
        <source>built without a keychain</source>
        <translation>built without a keychain</translation>
    </message>
</context>
<context>
    <name>omnimap::sim</name>
    <message>
        <source>The chain has %1 states; the analytic what-if handles up to %2. Use the Monte Carlo simulation.</source>
        <translation>The chain has %1 states; the analytic what-if handles up to %2. Use the Monte Carlo simulation.</translation>
    </message>
    <message>
        <source>The chain has a loop with no way out.</source>
        <translation>The chain has a loop with no way out.</translation>
    </message>
    <message>
        <source>The data set has schema version %1, newer than this Omnimap supports (%2).</source>
        <translation>The data set has schema version %1, newer than this Omnimap supports (%2).</translation>
    </message>
    <message>
        <source>Could not start the schema upgrade: %1</source>
        <translation>Could not start the schema upgrade: %1</translation>
    </message>
    <message>
        <source>Upgrading the data set schema to version %1 failed: %2</source>
        <translation>Upgrading the data set schema to version %1 failed: %2</translation>
    </message>
    <message>
        <source>Could not record schema version %1: %2</source>
        <translation>Could not record schema version %1: %2</translation>
    </message>
    <message>
        <source>Could not create the data set indexes: %1</source>
        <translation>Could not create the data set indexes: %1</translation>
    </message>
    <message>
        <source>Could not commit the schema upgrade: %1</source>
        <translation>Could not commit the schema upgrade: %1</translation>
    </message>
    <message>
        <source>Could not copy the data set to %1 before upgrading it: %2</source>
        <translation>Could not copy the data set to %1 before upgrading it: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n bad row(s); nothing was imported (use --skip-bad-rows to import the rest).</source>
        <translation>
            <numerusform>%1: %n bad row; nothing was imported (use --skip-bad-rows to import the rest).</numerusform>
            <numerusform>%1: %n bad rows; nothing was imported (use --skip-bad-rows to import the rest).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: can not read: %2</source>
        <translation>%1: can not read: %2</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>column %1</translation>
    </message>
    <message>
        <source>The binding names no event type, or a stage or channel that is not in the plan.</source>
        <translation>The binding names no event type, or a stage or channel that is not in the plan.</translation>
    </message>
    <message>
        <source>No denominator events: the ratio is undefined.</source>
        <translation>No denominator events: the ratio is undefined.</translation>
    </message>
    <message>
        <source>The Markov chain is singular (a loop with no way out).</source>
        <translation>The Markov chain is singular (a loop with no way out).</translation>
    </message>
    <message>
        <source>The Markov chain did not converge.</source>
        <translation>The Markov chain did not converge.</translation>
    </message>
    <message>
        <source>The Markov order must be from 1 to 4.</source>
        <translation>The Markov order must be from 1 to 4.</translation>
    </message>
    <message>
        <source>%1: can not start the import: %2</source>
        <translation>%1: can not start the import: %2</translation>
    </message>
    <message>
        <source>%1: the file is empty; expected a header line</source>
        <translation>%1: the file is empty; expected a header line</translation>
    </message>
    <message>
        <source>duplicate column name &quot;%1&quot; in the header</source>
        <translation>duplicate column name &quot;%1&quot; in the header</translation>
    </message>
    <message>
        <source>no column for the required field &quot;%1&quot;</source>
        <translation>no column for the required field &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: the header does not fit the path format.</source>
        <translation>%1: the header does not fit the path format.</translation>
    </message>
    <message>
        <source>The import was cancelled; the data set is unchanged.</source>
        <translation>The import was cancelled; the data set is unchanged.</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>expected %1 fields, found %2</translation>
    </message>
    <message>
        <source>empty channel name in the path</source>
        <translation>empty channel name in the path</translation>
    </message>
    <message>
        <source>%1: writing line %2 failed: %3</source>
        <translation>%1: writing line %2 failed: %3</translation>
    </message>
    <message>
        <source>%1: the CSV is malformed; nothing was imported.</source>
        <translation>%1: the CSV is malformed; nothing was imported.</translation>
    </message>
    <message>
        <source>%1: bad rows; nothing was imported (use --skip-bad-rows to import the rest).</source>
        <translation>%1: bad rows; nothing was imported (use --skip-bad-rows to import the rest).</translation>
    </message>
    <message>
        <source>%1: committing the import failed: %2</source>
        <translation>%1: committing the import failed: %2</translation>
    </message>
    <message>
        <source>The project needs a journey with stages and touchpoints to generate sample data.</source>
        <translation>The project needs a journey with stages and touchpoints to generate sample data.</translation>
    </message>
    <message>
        <source>%1: can not write: %2</source>
        <translation>%1: can not write: %2</translation>
    </message>
    <message>
        <source>The journey&apos;s touchpoints are not in any stage.</source>
        <translation>The journey&apos;s touchpoints are not in any stage.</translation>
    </message>
    <message>
        <source>Cancelled; the data set is unchanged.</source>
        <translation>Cancelled; the data set is unchanged.</translation>
    </message>
    <message>
        <source>%1: writing the sample failed: %2</source>
        <translation>%1: writing the sample failed: %2</translation>
    </message>
    <message>
        <source>Scenario &quot;%1&quot;: the channel %2 is not in the simulated journey; modifier ignored.</source>
        <translation>Scenario &quot;%1&quot;: the channel %2 is not in the simulated journey; modifier ignored.</translation>
    </message>
    <message>
        <source>Scenario &quot;%1&quot;: the channel %2 is not in the simulated journey; its budget share is lost.</source>
        <translation>Scenario &quot;%1&quot;: the channel %2 is not in the simulated journey; its budget share is lost.</translation>
    </message>
    <message>
        <source>unclosed quote (the field starts on line %1)</source>
        <translation>unclosed quote (the field starts on line %1)</translation>
    </message>
    <message>
        <source>NUL byte in the data</source>
        <translation>NUL byte in the data</translation>
    </message>
    <message>
        <source>field longer than %1 bytes</source>
        <translation>field longer than %1 bytes</translation>
    </message>
    <message>
        <source>unexpected character after a closing quote</source>
        <translation>unexpected character after a closing quote</translation>
    </message>
    <message>
        <source>%1: the data set is on a network file system (%2). SQLite can not lock files reliably there; copy it to a local disk.</source>
        <translation>%1: the data set is on a network file system (%2). SQLite can not lock files reliably there; copy it to a local disk.</translation>
    </message>
    <message>
        <source>%1: no such data set.</source>
        <translation>%1: no such data set.</translation>
    </message>
    <message>
        <source>%1: can not open the data set: %2</source>
        <translation>%1: can not open the data set: %2</translation>
    </message>
    <message>
        <source>%1: not a data set: %2</source>
        <translation>%1: not a data set: %2</translation>
    </message>
    <message>
        <source>the file is empty; expected a header line</source>
        <translation>the file is empty; expected a header line</translation>
    </message>
    <message>
        <source>the header has an empty column name</source>
        <translation>the header has an empty column name</translation>
    </message>
    <message>
        <source>duplicate column name &quot;%1&quot; in the header (also column %2)</source>
        <translation>duplicate column name &quot;%1&quot; in the header (also column %2)</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; in the mapping; expected one of: %2</source>
        <translation>unknown field &quot;%1&quot; in the mapping; expected one of: %2</translation>
    </message>
    <message>
        <source>the mapping names column &quot;%1&quot;, which is not in the header</source>
        <translation>the mapping names column &quot;%1&quot;, which is not in the header</translation>
    </message>
    <message>
        <source>no column for the required field &quot;%1&quot;; map one with --map %1=COLUMN</source>
        <translation>no column for the required field &quot;%1&quot;; map one with --map %1=COLUMN</translation>
    </message>
    <message>
        <source>the customer id is empty</source>
        <translation>the customer id is empty</translation>
    </message>
    <message>
        <source>not a timestamp (ISO 8601 or epoch seconds/milliseconds): %1</source>
        <translation>not a timestamp (ISO 8601 or epoch seconds/milliseconds): %1</translation>
    </message>
    <message>
        <source>the event type is empty</source>
        <translation>the event type is empty</translation>
    </message>
    <message>
        <source>not a number: %1</source>
        <translation>not a number: %1</translation>
    </message>
    <message>
        <source>more than 65535 distinct names in this column</source>
        <translation>more than 65535 distinct names in this column</translation>
    </message>
    <message>
        <source>%1: can not record the import: %2</source>
        <translation>%1: can not record the import: %2</translation>
    </message>
    <message>
        <source>%1: the header does not fit the event format.</source>
        <translation>%1: the header does not fit the event format.</translation>
    </message>
    <message>
        <source>%1: writing the events failed: %2</source>
        <translation>%1: writing the events failed: %2</translation>
    </message>
    <message>
        <source>The number of bootstrap replicates must be from 0 to %1.</source>
        <translation>The number of bootstrap replicates must be from 0 to %1.</translation>
    </message>
    <message>
        <source>Order choice needs at least two folds and orders from 1 to 4.</source>
        <translation>Order choice needs at least two folds and orders from 1 to 4.</translation>
    </message>
    <message>
        <source>There are no journeys to choose a Markov order from.</source>
        <translation>There are no journeys to choose a Markov order from.</translation>
    </message>
    <message>
        <source>%1 bootstrap replicates of %2 channels need too much memory; use fewer replicates.</source>
        <translation>%1 bootstrap replicates of %2 channels need too much memory; use fewer replicates.</translation>
    </message>
    <message>
        <source>%1: can not read the data set&apos;s channels: %2</source>
        <translation>%1: can not read the data set&apos;s channels: %2</translation>
    </message>
    <message>
        <source>not a finite non-negative number</source>
        <translation>not a finite non-negative number</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte 0x%1 at offset %2 of the field); save the file as CSV UTF-8</source>
        <translation>not UTF-8 text (byte 0x%1 at offset %2 of the field); save the file as CSV UTF-8</translation>
    </message>
    <message>
        <source>%1: can not read the data set&apos;s customers and names: %2</source>
        <translation>%1: can not read the data set&apos;s customers and names: %2</translation>
    </message>
    <message>
        <source>the factor is ×1, which changes nothing</source>
        <translation>the factor is ×1, which changes nothing</translation>
    </message>
    <message>
        <source>this transition never occurs in the data set (no customer goes from %1 to %2), so scaling it changes nothing</source>
        <translation>this transition never occurs in the data set (no customer goes from %1 to %2), so scaling it changes nothing</translation>
    </message>
    <message>
        <source>no customer converts right after %1 in the data set, so scaling that conversion changes nothing</source>
        <translation>no customer converts right after %1 in the data set, so scaling that conversion changes nothing</translation>
    </message>
    <message>
        <source>no journey starts at %1 in the data set, so scaling its entry changes nothing</source>
        <translation>no journey starts at %1 in the data set, so scaling its entry changes nothing</translation>
    </message>
    <message>
        <source>Scenario &quot;%1&quot;: %2.</source>
        <translation>Scenario &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>%1 score %2 is outside %3–%4</source>
        <translation>%1 score %2 is outside %3–%4</translation>
    </message>
    <message>
        <source>%1 score %2 is not a whole number</source>
        <translation>%1 score %2 is not a whole number</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 customers</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>%1 at %2 feel %3, the plan assumes %4 (n = %5)</source>
        <translation>%1 at %2 feel %3, the plan assumes %4 (n = %5)</translation>
    </message>
    <message>
        <source>The feedback in the data set puts this stage %1 points away from the emotion the map assumes. Read what customers say there (Data ▸ Customer Feedback) and correct the plan or the experience.</source>
        <translation>The feedback in the data set puts this stage %1 points away from the emotion the map assumes. Read what customers say there (Data ▸ Customer Feedback) and correct the plan or the experience.</translation>
    </message>
    <message>
        <source>No baseline rate: the data set shows no conversions after this step and the primary KPI has no baseline.</source>
        <translation>No baseline rate: the data set shows no conversions after this step and the primary KPI has no baseline.</translation>
    </message>
    <message>
        <source>The primary KPI&apos;s binding names a stage or channel that is not in the plan.</source>
        <translation>The primary KPI&apos;s binding names a stage or channel that is not in the plan.</translation>
    </message>
    <message>
        <source>Not readable</source>
        <translation>Not readable</translation>
    </message>
    <message>
        <source>Variant &quot;%1&quot; has no exposures: no customer with that variant reached %2 in the experiment&apos;s dates.</source>
        <translation>Variant &quot;%1&quot; has no exposures: no customer with that variant reached %2 in the experiment&apos;s dates.</translation>
    </message>
    <message>
        <source>The data set has no customer attribute &quot;variant&quot;: import it as a &quot;variant&quot; column or map a column to attr:variant.</source>
        <translation>The data set has no customer attribute &quot;variant&quot;: import it as a &quot;variant&quot; column or map a column to attr:variant.</translation>
    </message>
    <message>
        <source>No data binding: not checked.</source>
        <translation>No data binding: not checked.</translation>
    </message>
    <message>
        <source>Read before reaching the sample size (%1 per variant): an early difference is often noise; wait for the planned sample before deciding.</source>
        <translation>Read before reaching the sample size (%1 per variant): an early difference is often noise; wait for the planned sample before deciding.</translation>
    </message>
    <message>
        <source>%1 exposed customers have no known variant and are left out.</source>
        <translation>%1 exposed customers have no known variant and are left out.</translation>
    </message>
    <message>
        <source>Check the split</source>
        <translation>Check the split</translation>
    </message>
    <message>
        <source>Sample ratio mismatch (χ² = %1, p = %2): the arms did not get the planned shares, so the assignment is broken and the result can not be trusted.</source>
        <translation>Sample ratio mismatch (χ² = %1, p = %2): the arms did not get the planned shares, so the assignment is broken and the result can not be trusted.</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>Keep %1</translation>
    </message>
    <message>
        <source>%1 wins on %2 but hurts the guard-rail %3.</source>
        <translation>%1 wins on %2 but hurts the guard-rail %3.</translation>
    </message>
    <message>
        <source>Ship %1</source>
        <translation>Ship %1</translation>
    </message>
    <message>
        <source>%1 is better than %2 on %3 (p = %4, probability best %5 %).</source>
        <translation>%1 is better than %2 on %3 (p = %4, probability best %5 %).</translation>
    </message>
    <message>
        <source>Every other variant is worse than %1 on %2.</source>
        <translation>Every other variant is worse than %1 on %2.</translation>
    </message>
    <message>
        <source>No difference as large as the planned effect at the full sample size.</source>
        <translation>No difference as large as the planned effect at the full sample size.</translation>
    </message>
    <message>
        <source>No difference yet</source>
        <translation>No difference yet</translation>
    </message>
    <message>
        <source>No variant differs significantly from %1 so far.</source>
        <translation>No variant differs significantly from %1 so far.</translation>
    </message>
    <message>
        <source>Experiment %1 on %2</source>
        <translation>Experiment %1 on %2</translation>
    </message>
    <message>
        <source>Variants (the first is the control)</source>
        <translation>Variants (the first is the control)</translation>
    </message>
    <message>
        <source>Journey funnel per variant (customers reaching each stage)</source>
        <translation>Journey funnel per variant (customers reaching each stage)</translation>
    </message>
    <message>
        <source>Guard-rail KPIs against the control</source>
        <translation>Guard-rail KPIs against the control</translation>
    </message>
    <message>
        <source>Problems and warnings</source>
        <translation>Problems and warnings</translation>
    </message>
    <message>
        <source>Variant labels in the data that the experiment does not have: %1</source>
        <translation>Variant labels in the data that the experiment does not have: %1</translation>
    </message>
    <message>
        <source>--effect %1: the experiment &quot;%2&quot; has no variant of that label, or the change is not between -1 and 1.</source>
        <translation>--effect %1: the experiment &quot;%2&quot; has no variant of that label, or the change is not between -1 and 1.</translation>
    </message>
    <message>
        <source>No events in this period.</source>
        <translation>No events in this period.</translation>
    </message>
    <message>
        <source>KPIs over time are measured on a local data set only; %1 cannot count by period.</source>
        <translation>KPIs over time are measured on a local data set only; %1 cannot count by period.</translation>
    </message>
    <message>
        <source>The data set does not cover both periods in full: counts would not compare.</source>
        <translation>The data set does not cover both periods in full: counts would not compare.</translation>
    </message>
    <message>
        <source>No events of this KPI in either period: the interval is undefined.</source>
        <translation>No events of this KPI in either period: the interval is undefined.</translation>
    </message>
    <message>
        <source>Nothing varied in the four cells: the interval is undefined.</source>
        <translation>Nothing varied in the four cells: the interval is undefined.</translation>
    </message>
    <message>
        <source>Two campaigns are named “%1”: give the id instead.</source>
        <translation>Two campaigns are named “%1”: give the id instead.</translation>
    </message>
    <message>
        <source>The plan has no campaign.</source>
        <translation>The plan has no campaign.</translation>
    </message>
    <message>
        <source>No campaign is named “%1”.</source>
        <translation>No campaign is named “%1”.</translation>
    </message>
    <message>
        <source>The campaign “%1” has no start or end date: set both to compare before and after.</source>
        <translation>The campaign “%1” has no start or end date: set both to compare before and after.</translation>
    </message>
    <message>
        <source>The campaign “%1” ends (%2) before it starts (%3).</source>
        <translation>The campaign “%1” ends (%2) before it starts (%3).</translation>
    </message>
    <message>
        <source>The campaign “%1” has no KPI: add a KPI to its journey or to the plan.</source>
        <translation>The campaign “%1” has no KPI: add a KPI to its journey or to the plan.</translation>
    </message>
    <message>
        <source>The campaign names both a comparison channel and a comparison segment: keep one.</source>
        <translation>The campaign names both a comparison channel and a comparison segment: keep one.</translation>
    </message>
    <message>
        <source>The comparison channel “%1” is not in the plan.</source>
        <translation>The comparison channel “%1” is not in the plan.</translation>
    </message>
    <message>
        <source>The campaign touches the channel “%1” (an action or a budget line): it cannot be the comparison.</source>
        <translation>The campaign touches the channel “%1” (an action or a budget line): it cannot be the comparison.</translation>
    </message>
    <message>
        <source>The campaign has no action and no budget line, so no channel is known to be treated: add its actions before comparing channels.</source>
        <translation>The campaign has no action and no budget line, so no channel is known to be treated: add its actions before comparing channels.</translation>
    </message>
    <message>
        <source>The comparison persona “%1” is not in the plan.</source>
        <translation>The comparison persona “%1” is not in the plan.</translation>
    </message>
    <message>
        <source>The campaign targets the persona “%1”: its segment cannot be the comparison.</source>
        <translation>The campaign targets the persona “%1”: its segment cannot be the comparison.</translation>
    </message>
    <message>
        <source>The persona “%1” has no segment rule: it would select every customer.</source>
        <translation>The persona “%1” has no segment rule: it would select every customer.</translation>
    </message>
    <message>
        <source>customers outside “%1”</source>
        <translation>customers outside “%1”</translation>
    </message>
    <message>
        <source>No events in the data set from %1 to %2.</source>
        <translation>No events in the data set from %1 to %2.</translation>
    </message>
    <message>
        <source>No events of the treated group (%1) from %2 to %3.</source>
        <translation>No events of the treated group (%1) from %2 to %3.</translation>
    </message>
    <message>
        <source>No events of the comparison (%1) from %2 to %3.</source>
        <translation>No events of the comparison (%1) from %2 to %3.</translation>
    </message>
    <message>
        <source>The data set starts on %1, after the period before the campaign begins (%2): that period is only partly covered.</source>
        <translation>The data set starts on %1, after the period before the campaign begins (%2): that period is only partly covered.</translation>
    </message>
    <message>
        <source>The data set ends on %1, before the campaign ends (%2): its period is only partly covered.</source>
        <translation>The data set ends on %1, before the campaign ends (%2): its period is only partly covered.</translation>
    </message>
    <message>
        <source>The KPI has no binding to the data set&apos;s events: bind it in the KPI table.</source>
        <translation>The KPI has no binding to the data set&apos;s events: bind it in the KPI table.</translation>
    </message>
    <message>
        <source>Campaign %1: %2 – %3 against the %4 days before</source>
        <translation>Campaign %1: %2 – %3 against the %4 days before</translation>
    </message>
    <message>
        <source>KPIs before and during the campaign, and the difference-in-differences against %1</source>
        <translation>KPIs before and during the campaign, and the difference-in-differences against %1</translation>
    </message>
    <message>
        <source>KPIs before and during the campaign (difference with its 95 % interval)</source>
        <translation>KPIs before and during the campaign (difference with its 95 % interval)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>no column for &quot;touchpoint&quot; or &quot;stage&quot;; feedback needs at least one</source>
        <translation>no column for &quot;touchpoint&quot; or &quot;stage&quot;; feedback needs at least one</translation>
    </message>
    <message>
        <source>the row names neither a touchpoint nor a stage</source>
        <translation>the row names neither a touchpoint nor a stage</translation>
    </message>
    <message>
        <source>touchpoint %1 is not in the plan</source>
        <translation>touchpoint %1 is not in the plan</translation>
    </message>
    <message>
        <source>stage %1 is not in the plan</source>
        <translation>stage %1 is not in the plan</translation>
    </message>
    <message>
        <source>unknown kind %1; expected nps, csat, ces, rating or text</source>
        <translation>unknown kind %1; expected nps, csat, ces, rating or text</translation>
    </message>
    <message>
        <source>free-text feedback has no score; use another kind for %1</source>
        <translation>free-text feedback has no score; use another kind for %1</translation>
    </message>
    <message>
        <source>the %1 score is missing</source>
        <translation>the %1 score is missing</translation>
    </message>
    <message>
        <source>free-text feedback with an empty text</source>
        <translation>free-text feedback with an empty text</translation>
    </message>
    <message>
        <source>the text is longer than %1 bytes</source>
        <translation>the text is longer than %1 bytes</translation>
    </message>
    <message>
        <source>%1: the header does not fit the feedback format.</source>
        <translation>%1: the header does not fit the feedback format.</translation>
    </message>
    <message>
        <source>%1: writing the feedback failed: %2</source>
        <translation>%1: writing the feedback failed: %2</translation>
    </message>
</context>
<context>
    <name>omnimap::sim::ChEventSource</name>
    <message>
        <source>No column of %1 is mapped to %2; map one in the connection.</source>
        <translation>No column of %1 is mapped to %2; map one in the connection.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; (mapped to %2) is not in %3.</source>
        <translation>Column &quot;%1&quot; (mapped to %2) is not in %3.</translation>
    </message>
    <message>
        <source>There is no table or view &quot;%1&quot; in database &quot;%2&quot;.</source>
        <translation>There is no table or view &quot;%1&quot; in database &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation>The server&apos;s answer could not be read: %1</translation>
    </message>
    <message>
        <source>The events have more than %1 distinct paths: narrow the period or the segment.</source>
        <translation>The events have more than %1 distinct paths: narrow the period or the segment.</translation>
    </message>
    <message>
        <source>Not connected to the warehouse.</source>
        <translation>Not connected to the warehouse.</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP status %1</translation>
    </message>
    <message>
        <source>The warehouse reported: %1</source>
        <translation>The warehouse reported: %1</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed: %2</source>
        <translation>The TLS connection to %1 failed: %2</translation>
    </message>
    <message>
        <source>The server at %1 ended the connection during the query (was it stopped or restarted?).</source>
        <translation>The server at %1 ended the connection during the query (was it stopped or restarted?).</translation>
    </message>
    <message>
        <source>Could not reach the server at %1 (is it running, is the address right?): %2</source>
        <translation>Could not reach the server at %1 (is it running, is the address right?): %2</translation>
    </message>
    <message>
        <source>The server ran out of memory for this query; narrow the period or the segment: %1</source>
        <translation>The server ran out of memory for this query; narrow the period or the segment: %1</translation>
    </message>
    <message>
        <source>The session is read-only: %1</source>
        <translation>The session is read-only: %1</translation>
    </message>
    <message>
        <source>There is no table &quot;%1&quot; in database &quot;%2&quot;.</source>
        <translation>There is no table &quot;%1&quot; in database &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The server has no database &quot;%1&quot;.</source>
        <translation>The server has no database &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>unknown host</source>
        <translation>unknown host</translation>
    </message>
    <message>
        <source>A shard of the cluster did not answer (%1). Start it, or let the connection skip unavailable shards (skip_unavailable_shards=1: the answers then leave that shard&apos;s customers out). Server: %2</source>
        <translation>A shard of the cluster did not answer (%1). Start it, or let the connection skip unavailable shards (skip_unavailable_shards=1: the answers then leave that shard&apos;s customers out). Server: %2</translation>
    </message>
    <message>
        <source>The query was stopped on the server (KILL QUERY by an administrator?): %1</source>
        <translation>The query was stopped on the server (KILL QUERY by an administrator?): %1</translation>
    </message>
    <message>
        <source>Cancelled; the query was stopped on the server too.</source>
        <translation>Cancelled; the query was stopped on the server too.</translation>
    </message>
    <message>
        <source>The query took longer than the time limit (%1 s) and was stopped on the server.</source>
        <translation>The query took longer than the time limit (%1 s) and was stopped on the server.</translation>
    </message>
    <message>
        <source>No answer from the server at %1 for %2 s (the time limit of %3 s plus %4 s): the network or the server stopped responding. Omnimap closed the connection and asked the server to stop the query (KILL QUERY).</source>
        <translation>No answer from the server at %1 for %2 s (the time limit of %3 s plus %4 s): the network or the server stopped responding. Omnimap closed the connection and asked the server to stop the query (KILL QUERY).</translation>
    </message>
    <message>
        <source>The server at %1 refused the user &quot;%2&quot; or the password.</source>
        <translation>The server at %1 refused the user &quot;%2&quot; or the password.</translation>
    </message>
</context>
<context>
    <name>omnimap::sim::ChPushdown</name>
    <message>
        <source>The persona&apos;s segment uses &quot;%1&quot;, which is not mapped to a column of the table.</source>
        <translation>The persona&apos;s segment uses &quot;%1&quot;, which is not mapped to a column of the table.</translation>
    </message>
    <message>
        <source>The %1 column has type %2; it must be a number.</source>
        <translation>The %1 column has type %2; it must be a number.</translation>
    </message>
    <message>
        <source>The time column has type %1; it must be DateTime, Date or epoch milliseconds (Int64/UInt64).</source>
        <translation>The time column has type %1; it must be DateTime, Date or epoch milliseconds (Int64/UInt64).</translation>
    </message>
    <message>
        <source>The table needs columns for the customer, the time and the event type.</source>
        <translation>The table needs columns for the customer, the time and the event type.</translation>
    </message>
</context>
<context>
    <name>omnimap::sim::PgEventSource</name>
    <message>
        <source>The server at %1 refused the password for user &quot;%2&quot;.</source>
        <translation>The server at %1 refused the password for user &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Cancelled; the query was stopped on the server too.</source>
        <translation>Cancelled; the query was stopped on the server too.</translation>
    </message>
    <message>
        <source>The query took longer than the time limit (%1 s) and was stopped on the server.</source>
        <translation>The query took longer than the time limit (%1 s) and was stopped on the server.</translation>
    </message>
    <message>
        <source>The server at %1 ended the connection during the query (was it stopped or restarted?): %2</source>
        <translation>The server at %1 ended the connection during the query (was it stopped or restarted?): %2</translation>
    </message>
    <message>
        <source>Could not reach the server at %1 (is it running, is the address right?): %2</source>
        <translation>Could not reach the server at %1 (is it running, is the address right?): %2</translation>
    </message>
    <message>
        <source>The server has no database &quot;%1&quot;.</source>
        <translation>The server has no database &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; may not read this table: %2</source>
        <translation>User &quot;%1&quot; may not read this table: %2</translation>
    </message>
    <message>
        <source>The warehouse reported: %1</source>
        <translation>The warehouse reported: %1</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt (QPSQL, Debian package libqt6sql6-psql) is not installed.</source>
        <translation>The PostgreSQL driver for Qt (QPSQL, Debian package libqt6sql6-psql) is not installed.</translation>
    </message>
    <message>
        <source>There is no table or view &quot;%1&quot; in database &quot;%2&quot;.</source>
        <translation>There is no table or view &quot;%1&quot; in database &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Table names with a dot or a double quote are not supported: %1</source>
        <translation>Table names with a dot or a double quote are not supported: %1</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; (mapped to %2) is not in %3.</source>
        <translation>Column &quot;%1&quot; (mapped to %2) is not in %3.</translation>
    </message>
    <message>
        <source>Column names with a dot or a double quote are not supported: %1</source>
        <translation>Column names with a dot or a double quote are not supported: %1</translation>
    </message>
    <message>
        <source>No column of %1 is mapped to %2; map one in the connection.</source>
        <translation>No column of %1 is mapped to %2; map one in the connection.</translation>
    </message>
    <message>
        <source>Not connected to the warehouse.</source>
        <translation>Not connected to the warehouse.</translation>
    </message>
    <message>
        <source>The query failed.</source>
        <translation>The query failed.</translation>
    </message>
    <message>
        <source>The events have more than %1 distinct paths: narrow the period or the segment.</source>
        <translation>The events have more than %1 distinct paths: narrow the period or the segment.</translation>
    </message>
    <message>
        <source>No answer from the server at %1 for %2 s (the time limit of %3 s plus %4 s): the network or the server stopped responding. Omnimap closed the connection; the server&apos;s own time limit stops the query there.</source>
        <translation>No answer from the server at %1 for %2 s (the time limit of %3 s plus %4 s): the network or the server stopped responding. Omnimap closed the connection; the server&apos;s own time limit stops the query there.</translation>
    </message>
    <message>
        <source>Cancelled; the server at %1 did not confirm within %2 s (is the network down?), so Omnimap closed the connection.</source>
        <translation>Cancelled; the server at %1 did not confirm within %2 s (is the network down?), so Omnimap closed the connection.</translation>
    </message>
</context>
<context>
    <name>omnimap::sim::PgPushdown</name>
    <message>
        <source>The table needs columns for the customer, the time and the event type.</source>
        <translation>The table needs columns for the customer, the time and the event type.</translation>
    </message>
    <message>
        <source>The time column has type %1; it must be a timestamp, a date or epoch milliseconds.</source>
        <translation>The time column has type %1; it must be a timestamp, a date or epoch milliseconds.</translation>
    </message>
    <message>
        <source>The %1 column has type %2; it must be a number.</source>
        <translation>The %1 column has type %2; it must be a number.</translation>
    </message>
    <message>
        <source>The persona&apos;s segment uses &quot;%1&quot;, which is not mapped to a column of the table.</source>
        <translation>The persona&apos;s segment uses &quot;%1&quot;, which is not mapped to a column of the table.</translation>
    </message>
</context>
<context>
    <name>omnimap::sim::WarehouseConnection</name>
    <message>
        <source>Put the password in PGPASSWORD (CLICKHOUSE_PASSWORD for ClickHouse) or type it when asked, not in the address.</source>
        <translation>Put the password in PGPASSWORD (CLICKHOUSE_PASSWORD for ClickHouse) or type it when asked, not in the address.</translation>
    </message>
    <message>
        <source>Not a warehouse address (postgres://user@host:port/database?table=…): %1</source>
        <translation>Not a warehouse address (postgres://user@host:port/database?table=…): %1</translation>
    </message>
    <message>
        <source>Not a valid address: %1</source>
        <translation>Not a valid address: %1</translation>
    </message>
    <message>
        <source>Unknown option in the address: %1</source>
        <translation>Unknown option in the address: %1</translation>
    </message>
    <message>
        <source>The address needs a user, a database and ?table=…</source>
        <translation>The address needs a user, a database and ?table=…</translation>
    </message>
    <message>
        <source>sslmode must be one of %1</source>
        <translation>sslmode must be one of %1</translation>
    </message>
    <message>
        <source>timeout must be a positive number of seconds</source>
        <translation>timeout must be a positive number of seconds</translation>
    </message>
</context>
<context>
    <name>omnimap::sim::stats</name>
    <message>
        <source>The baseline rate must be between 0 % and 100 % (exclusive).</source>
        <translation>The baseline rate must be between 0 % and 100 % (exclusive).</translation>
    </message>
    <message>
        <source>The minimum detectable effect must be non-zero and keep the rate between 0 % and 100 %.</source>
        <translation>The minimum detectable effect must be non-zero and keep the rate between 0 % and 100 %.</translation>
    </message>
    <message>
        <source>α and power must be between 0 and 1.</source>
        <translation>α and power must be between 0 and 1.</translation>
    </message>
    <message>
        <source>The sample size is too large to compute.</source>
        <translation>The sample size is too large to compute.</translation>
    </message>
    <message>
        <source>No customers reach this step in the data set, so the duration is unknown.</source>
        <translation>No customers reach this step in the data set, so the duration is unknown.</translation>
    </message>
    <message>
        <source>Every variant needs a positive share of the traffic.</source>
        <translation>Every variant needs a positive share of the traffic.</translation>
    </message>
    <message>
        <source>A variant has no exposures.</source>
        <translation>A variant has no exposures.</translation>
    </message>
    <message>
        <source>Every exposed customer had the same outcome: there is no variation to test.</source>
        <translation>Every exposed customer had the same outcome: there is no variation to test.</translation>
    </message>
    <message>
        <source>The check needs at least two variants with a planned share each.</source>
        <translation>The check needs at least two variants with a planned share each.</translation>
    </message>
    <message>
        <source>Every variant needs a positive planned share.</source>
        <translation>Every variant needs a positive planned share.</translation>
    </message>
    <message>
        <source>No customer was exposed to any variant.</source>
        <translation>No customer was exposed to any variant.</translation>
    </message>
</context>
</TS>
