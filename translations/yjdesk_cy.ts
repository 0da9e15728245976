<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name></name>
    <message>
        <location filename="../yjdesk/ui/assessments/editor.py" line="74"/>
        <source>&lt; Back to the list</source>
        <extracomment>Answers the service refused (wrong type, out of range), shown until corrected.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/assessments/editor.py" line="76"/>
        <source>Loading ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/assessments/editor.py" line="102"/>
        <source>Things to fix (press Enter to go to one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/assessments/editor.py" line="114"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/assessments/editor.py" line="126"/>
        <source>Save now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/assessments/editor.py" line="128"/>
        <source>Submit for countersign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/assessments/editor.py" line="256"/>
        <location filename="../yjdesk/ui/casework/contact_editor.py" line="265"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/assessments/editor.py" line="311"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/assessments/editor.py" line="318"/>
        <source>Some answers need correcting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/assessments/question.py" line="57"/>
        <source>Yet to clarify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/assessments/queue.py" line="130"/>
        <source>Countersign queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/assessments/queue.py" line="139"/>
        <source>Nothing is waiting for your countersign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/assessments/queue.py" line="147"/>
        <source>Choose an assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/assessments/queue.py" line="163"/>
        <source>&amp;Open the child&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/assessments/queue.py" line="165"/>
        <source>&amp;Return with comments...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/assessments/queue.py" line="167"/>
        <source>&amp;Countersign...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/assessments/tab.py" line="54"/>
        <source>Intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/assessments/tab.py" line="56"/>
        <source>Stage type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/assessments/tab.py" line="57"/>
        <source>Start assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/assessments/tab.py" line="60"/>
        <source>Intervention:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/assessments/tab.py" line="62"/>
        <source>Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/assessments/tab.py" line="68"/>
        <source>Assessment stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/assessments/tab.py" line="82"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/assessments/tab.py" line="84"/>
        <source>Start review from this stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/assessments/tab.py" line="86"/>
        <source>Summary PDF ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/caseload_page.py" line="71"/>
        <source>Search by name, case number or PNC</source>
        <extracomment>The next-due column has been filled in (number of children with something due).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/caseload_page.py" line="74"/>
        <source>Search the caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/caseload_page.py" line="80"/>
        <source>Whose children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/caseload_page.py" line="85"/>
        <source>New child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/caseload_page.py" line="98"/>
        <source>Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/caseload_page.py" line="172"/>
        <source>Not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/compliance_tab.py" line="108"/>
        <source>Record &amp;non-compliance...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/compliance_tab.py" line="109"/>
        <source>&amp;Decide / update...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/contact_editor.py" line="98"/>
        <source>New contact record</source>
        <extracomment>A final record still inside its author&apos;s edit window.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/contact_editor.py" line="102"/>
        <source>Contact record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/contact_editor.py" line="116"/>
        <source>Save draft (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/contact_editor.py" line="117"/>
        <source>Finalise (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/contact_editor.py" line="118"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/contact_editor.py" line="152"/>
        <source>Time of contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/contact_editor.py" line="153"/>
        <source>hh:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/contact_editor.py" line="160"/>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/contact_editor.py" line="163"/>
        <source>&amp;When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/contact_editor.py" line="169"/>
        <source>&amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/contact_editor.py" line="170"/>
        <source>&amp;Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/contact_editor.py" line="171"/>
        <source>Venue detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/contact_editor.py" line="172"/>
        <source>Who was &amp;present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/contact_editor.py" line="173"/>
        <source>A&amp;ttendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/contact_editor.py" line="181"/>
        <source>Safeguarding concern: tell my manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/contact_editor.py" line="185"/>
        <source>Child&apos;s views, wishes
and feelings (own words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/contact_editor.py" line="190"/>
        <source>Plan targets worked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/contact_editor.py" line="225"/>
        <source>Save changes (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/contact_editor.py" line="368"/>
        <source>Please check the form: nothing was finalised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/contacts_tab.py" line="113"/>
        <source>Amend</source>
        <extracomment>The author may still change it in place (a draft, or final inside the edit window). When the author&apos;s edit window closes (final records), else None.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/contacts_tab.py" line="117"/>
        <location filename="../yjdesk/ui/casework/contacts_tab.py" line="124"/>
        <source>Part to amend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/contacts_tab.py" line="121"/>
        <location filename="../yjdesk/ui/casework/contacts_tab.py" line="125"/>
        <source>New text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/contacts_tab.py" line="123"/>
        <source>Reason for the amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/contacts_tab.py" line="126"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/contacts_tab.py" line="154"/>
        <source>&amp;New contact (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/contacts_tab.py" line="155"/>
        <source>&amp;Open / carry on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/contacts_tab.py" line="156"/>
        <source>A&amp;mend...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/contacts_tab.py" line="163"/>
        <source>The chosen contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/exit_tab.py" line="42"/>
        <location filename="../yjdesk/ui/orders/custody_section.py" line="74"/>
        <location filename="../yjdesk/ui/orders/custody_section.py" line="109"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/exit_tab.py" line="152"/>
        <source>&amp;Record end / exit plan...</source>
        <extracomment>A new record can be started: the child has a current disposal to end.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/exit_tab.py" line="153"/>
        <source>&amp;Sign off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/exit_tab.py" line="154"/>
        <source>Exit plan &amp;PDF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/exit_tab.py" line="159"/>
        <source>End of intervention and exit plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/ooc_tab.py" line="63"/>
        <location filename="../yjdesk/ui/casework/ooc_tab.py" line="279"/>
        <source>The child understood the implications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/ooc_tab.py" line="64"/>
        <location filename="../yjdesk/ui/casework/ooc_tab.py" line="280"/>
        <source>The parent or carer understood the implications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/ooc_tab.py" line="65"/>
        <source>Record the disposal on the child&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/ooc_tab.py" line="163"/>
        <source>Assessed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/ooc_tab.py" line="164"/>
        <source>Assessment summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/ooc_tab.py" line="165"/>
        <source>Police informed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/ooc_tab.py" line="180"/>
        <source>YJS recommends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/ooc_tab.py" line="181"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/ooc_tab.py" line="261"/>
        <source>Not complied with on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/ooc_tab.py" line="262"/>
        <source>Prosecution decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/ooc_tab.py" line="263"/>
        <source>Decided on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/ooc_tab.py" line="281"/>
        <source>Date delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/ooc_tab.py" line="282"/>
        <source>Delivered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/ooc_tab.py" line="301"/>
        <location filename="../yjdesk/ui/court/dialogs.py" line="104"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/ooc_tab.py" line="302"/>
        <location filename="../yjdesk/ui/orders/sections.py" line="96"/>
        <location filename="../yjdesk/ui/orders/sections.py" line="139"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/ooc_tab.py" line="380"/>
        <source>New &amp;referral...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/ooc_tab.py" line="381"/>
        <source>&amp;Assess...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/ooc_tab.py" line="382"/>
        <source>Reco&amp;mmend...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/ooc_tab.py" line="383"/>
        <source>&amp;Panel decision...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/ooc_tab.py" line="384"/>
        <source>Record de&amp;livery...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/ooc_tab.py" line="385"/>
        <source>Record &amp;outcome...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/ooc_tab.py" line="386"/>
        <source>Non-&amp;compliance...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/ooc_tab.py" line="387"/>
        <source>Police-led o&amp;utcome...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/ooc_tab.py" line="388"/>
        <source>Whole &amp;decision...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/ooc_tab.py" line="395"/>
        <source>The chosen decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/pages.py" line="74"/>
        <source>My week</source>
        <extracomment>What each kind of item is, and the tab of the record that deals with it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/pages.py" line="75"/>
        <location filename="../yjdesk/ui/oversight/dashboard_page.py" line="68"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/pages.py" line="80"/>
        <source>Nothing due this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/pages.py" line="146"/>
        <source>&amp;Acknowledge...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/pages.py" line="147"/>
        <source>&amp;Close item...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/pages.py" line="148"/>
        <source>&amp;Open child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/pages.py" line="153"/>
        <source>No open safeguarding items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/pages.py" line="156"/>
        <source>Items stay here until closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/plan_tab.py" line="49"/>
        <source>Plan starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/plan_tab.py" line="60"/>
        <source>Add target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/plan_tab.py" line="60"/>
        <source>Remove target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/plan_tab.py" line="67"/>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/plan_tab.py" line="72"/>
        <source>The plan in the
child&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/plan_tab.py" line="73"/>
        <source>If risk to the child
rises (contingency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/plan_tab.py" line="75"/>
        <source>If risk to others
rises (contingency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/plan_tab.py" line="77"/>
        <source>Victim safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/plan_tab.py" line="82"/>
        <source>Curfew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/plan_tab.py" line="82"/>
        <source>Exclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/plan_tab.py" line="82"/>
        <source>Police links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/plan_tab.py" line="86"/>
        <source>External controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/plan_tab.py" line="88"/>
        <source>Controls detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/plan_tab.py" line="176"/>
        <source>Save plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/plan_tab.py" line="232"/>
        <source>&amp;Write plan...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/plan_tab.py" line="233"/>
        <source>Review and &amp;change plan...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/plan_tab.py" line="239"/>
        <source>The current plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/reviews_tab.py" line="33"/>
        <location filename="../yjdesk/ui/orders/sections.py" line="90"/>
        <location filename="../yjdesk/ui/orders/sections.py" line="127"/>
        <location filename="../yjdesk/ui/sync_ui/page.py" line="108"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/reviews_tab.py" line="42"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/reviews_tab.py" line="43"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/reviews_tab.py" line="44"/>
        <location filename="../yjdesk/ui/orders/sections.py" line="103"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/reviews_tab.py" line="60"/>
        <source>Record review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/reviews_tab.py" line="65"/>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/reviews_tab.py" line="70"/>
        <source>Kind of review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/reviews_tab.py" line="74"/>
        <source>What has changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/reviews_tab.py" line="75"/>
        <source>Information from
other agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/reviews_tab.py" line="77"/>
        <source>If the plan stays
the same, why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/reviews_tab.py" line="79"/>
        <source>Loading the plan...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/reviews_tab.py" line="99"/>
        <source>&lt;b&gt;The plan&lt;/b&gt; - change it here as the review decides:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/reviews_tab.py" line="147"/>
        <source>Record a &amp;significant change...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/reviews_tab.py" line="148"/>
        <source>&amp;Record review...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/casework/reviews_tab.py" line="155"/>
        <source>Significant changes recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/child_record/child_form.py" line="51"/>
        <source>Leave blank to number automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/child_record/child_form.py" line="53"/>
        <source>e.g. 2010/0123456X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/child_record/child_form.py" line="67"/>
        <source>First name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/child_record/child_form.py" line="68"/>
        <source>Last name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/child_record/child_form.py" line="69"/>
        <source>Preferred name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/child_record/child_form.py" line="70"/>
        <source>Date of birth *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/child_record/child_form.py" line="71"/>
        <source>Gender *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/child_record/child_form.py" line="72"/>
        <source>Ethnicity *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/child_record/child_form.py" line="73"/>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/child_record/child_form.py" line="74"/>
        <source>PNC number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/child_record/child_form.py" line="76"/>
        <source>Looked after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/child_record/child_form.py" line="77"/>
        <source>Child in need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/child_record/child_form.py" line="78"/>
        <source>Child protection plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/child_record/child_form.py" line="79"/>
        <source>Home local authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/child_record/child_form.py" line="80"/>
        <source>Placing local authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/child_record/child_form.py" line="83"/>
        <source>Diversity needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/child_record/child_form.py" line="84"/>
        <source>Communication needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/child_record/child_form.py" line="85"/>
        <source>Communication screening (ECT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/child_record/child_form.py" line="87"/>
        <source>ETE status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/child_record/child_form.py" line="88"/>
        <source>School or provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/child_record/child_form.py" line="89"/>
        <source>Hours per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/child_record/dialogs.py" line="61"/>
        <source>Address line 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/child_record/dialogs.py" line="62"/>
        <source>Address line 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/child_record/dialogs.py" line="63"/>
        <source>Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/child_record/dialogs.py" line="64"/>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/child_record/dialogs.py" line="65"/>
        <source>Moved in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/child_record/dialogs.py" line="66"/>
        <source>Moved out (if past)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/child_record/dialogs.py" line="67"/>
        <source>Accommodation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/child_record/dialogs.py" line="68"/>
        <source>Suitable?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/child_record/dialogs.py" line="87"/>
        <source>Has parental responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/child_record/dialogs.py" line="88"/>
        <source>Lives with the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/child_record/dialogs.py" line="93"/>
        <location filename="../yjdesk/ui/court/dialogs.py" line="195"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/child_record/dialogs.py" line="94"/>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/child_record/dialogs.py" line="97"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/child_record/dialogs.py" line="98"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/child_record/dialogs.py" line="99"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/child_record/dialogs.py" line="100"/>
        <location filename="../yjdesk/ui/court/dialogs.py" line="136"/>
        <location filename="../yjdesk/ui/orders/dialogs.py" line="42"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/child_record/dialogs.py" line="122"/>
        <source>Leave blank to use the usual gravity for the offence type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/child_record/dialogs.py" line="123"/>
        <source>A victim was involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/child_record/dialogs.py" line="126"/>
        <source>Date of offence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/child_record/dialogs.py" line="127"/>
        <source>Offence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/child_record/dialogs.py" line="128"/>
        <location filename="../yjdesk/ui/court/dialogs.py" line="68"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/child_record/dialogs.py" line="129"/>
        <source>Gravity score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/child_record/dialogs.py" line="131"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/child_record/dialogs.py" line="161"/>
        <source>Add requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/child_record/dialogs.py" line="177"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/child_record/dialogs.py" line="216"/>
        <source>Court or panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/child_record/dialogs.py" line="235"/>
        <source>Disposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/child_record/dialogs.py" line="236"/>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/child_record/dialogs.py" line="237"/>
        <source>Decision date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/child_record/dialogs.py" line="238"/>
        <location filename="../yjdesk/ui/court/dialogs.py" line="122"/>
        <source>Convicted on (if earlier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/child_record/dialogs.py" line="239"/>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/child_record/dialogs.py" line="240"/>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/child_record/dialogs.py" line="241"/>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/child_record/dialogs.py" line="242"/>
        <location filename="../yjdesk/ui/court/dialogs.py" line="124"/>
        <source>Requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/child_record/dialogs.py" line="244"/>
        <source>Offences dealt with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/child_record/tabs.py" line="123"/>
        <source>Add address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/child_record/tabs.py" line="138"/>
        <source>Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/child_record/tabs.py" line="154"/>
        <source>Add offence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/child_record/tabs.py" line="161"/>
        <source>Add disposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/child_record/view.py" line="112"/>
        <source>Edit details</source>
        <extracomment>Built-in sections: these first, the features&apos; sections after them, History last.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/child_record/view.py" line="115"/>
        <source>Back to caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/child_record/view.py" line="117"/>
        <source>Close this record (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/child_record/view.py" line="127"/>
        <source>Opening the record...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/child_record/view.py" line="161"/>
        <source>This record could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/connect_dialog.py" line="34"/>
        <source>&lt;h2&gt;Connect this laptop&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/connect_dialog.py" line="43"/>
        <source>https://yjdesk-sync.your-council.gov.uk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/connect_dialog.py" line="46"/>
        <source>Set by your IT team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/connect_dialog.py" line="49"/>
        <source>Sync service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/connect_dialog.py" line="50"/>
        <location filename="../yjdesk/ui/signin.py" line="188"/>
        <location filename="../yjdesk/ui/signin.py" line="276"/>
        <source>User name</source>
        <extracomment>Why an online sign-in is needed (the offline lease ran out: yjdesk.sync.lease).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/connect_dialog.py" line="51"/>
        <location filename="../yjdesk/ui/lock.py" line="102"/>
        <location filename="../yjdesk/ui/signin.py" line="190"/>
        <location filename="../yjdesk/ui/signin.py" line="280"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/connect_dialog.py" line="55"/>
        <location filename="../yjdesk/ui/signin.py" line="199"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/court/child_tab.py" line="126"/>
        <source>&lt;b&gt;Hearings&lt;/b&gt;</source>
        <extracomment>The child&apos;s ongoing court orders (a hearing may revoke, vary or extend one).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/court/child_tab.py" line="128"/>
        <source>Add hearing...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/court/child_tab.py" line="129"/>
        <source>Record outcome...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/court/child_tab.py" line="130"/>
        <source>Request PSR...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/court/child_tab.py" line="131"/>
        <source>Stand-down report...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/court/child_tab.py" line="140"/>
        <source>&lt;b&gt;Court reports&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/court/child_tab.py" line="143"/>
        <source>Open report...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/court/court_list.py" line="84"/>
        <source>Court list</source>
        <extracomment>(key, words, range of dates for ``today``); the first is the default.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/court/court_list.py" line="87"/>
        <location filename="../yjdesk/ui/oversight/quality_page.py" line="53"/>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/court/court_list.py" line="90"/>
        <source>Which days to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/court/court_list.py" line="94"/>
        <source>Only &amp;my hearings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/court/court_list.py" line="102"/>
        <source>No hearings in these days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/court/dialogs.py" line="60"/>
        <source>Add hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/court/dialogs.py" line="63"/>
        <source>Court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/court/dialogs.py" line="64"/>
        <source>Court name (if other)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/court/dialogs.py" line="66"/>
        <source>Time (HH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/court/dialogs.py" line="70"/>
        <source>Legal representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/court/dialogs.py" line="72"/>
        <source>Solicitors&apos; firm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/court/dialogs.py" line="73"/>
        <source>Defence secure e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/court/dialogs.py" line="74"/>
        <source>Offences before the court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/court/dialogs.py" line="95"/>
        <source>Record outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/court/dialogs.py" line="106"/>
        <source>Designated local authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/court/dialogs.py" line="108"/>
        <source>Establishment (youth detention)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/court/dialogs.py" line="110"/>
        <source>LASPO conditions met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/court/dialogs.py" line="112"/>
        <source>How the conditions were met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/court/dialogs.py" line="116"/>
        <source>Sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/court/dialogs.py" line="119"/>
        <source>Sentence ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/court/dialogs.py" line="120"/>
        <source>Responsible officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/court/dialogs.py" line="126"/>
        <source>Order revoked / varied / extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/court/dialogs.py" line="128"/>
        <source>Extended to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/court/dialogs.py" line="130"/>
        <source>Next court (if another)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/court/dialogs.py" line="132"/>
        <source>Adjourned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/court/dialogs.py" line="134"/>
        <source>Next hearing type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/court/dialogs.py" line="160"/>
        <source>Request report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/court/dialogs.py" line="164"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/court/dialogs.py" line="167"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/court/dialogs.py" line="185"/>
        <source>Record as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/court/dialogs.py" line="193"/>
        <source>Sent to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/court/dialogs.py" line="196"/>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/court/dialogs.py" line="216"/>
        <source>Return report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/court/dialogs.py" line="220"/>
        <location filename="../yjdesk/ui/court/dialogs.py" line="222"/>
        <source>What needs to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/court/report_editor.py" line="146"/>
        <source>Court report</source>
        <extracomment>The gatekeeping steps and every sending, oldest first, in words. &quot;finalised by Colin Hughes on 20/11/2026 14:05 GMT&quot; (finalised reports).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/court/report_editor.py" line="173"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/court/report_editor.py" line="197"/>
        <source>Sources of information (one a line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/court/report_editor.py" line="205"/>
        <source>Conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/court/report_editor.py" line="215"/>
        <source>Proposal detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/demo_launcher.py" line="140"/>
        <source>yjdesk demo</source>
        <extracomment>How often a demo laptop syncs with the local demo service in the background. The local demo sync service, stopped by :meth:`stop`; ``None`` in a build without the sync service (one local demo profile instead). The password every demo user has (shown on the sign-in screen).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/demo_launcher.py" line="169"/>
        <source>Sign in to the yjdesk demo</source>
        <extracomment>``(phase, done, total)`` from the sign-in worker (delivered on the UI thread).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/demo_launcher.py" line="171"/>
        <source>&lt;h2&gt;Sign in to the yjdesk demo&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/demo_launcher.py" line="196"/>
        <source>Demo user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/lock.py" line="92"/>
        <source>&lt;h2&gt;yjdesk is locked&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/lock.py" line="112"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/main_window.py" line="100"/>
        <source>Pages</source>
        <extracomment>The window was closed (Quit, the close box, or sign out). Windows hidden by the lock, shown again by :meth:`unlock`. The page a child&apos;s record was opened from (&quot;Back&quot; returns there).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/main_window.py" line="159"/>
        <source>Offline: changes are kept on this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/main_window.py" line="172"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/main_window.py" line="173"/>
        <source>&amp;New child...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/main_window.py" line="178"/>
        <source>&amp;Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/main_window.py" line="182"/>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/main_window.py" line="188"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/main_window.py" line="192"/>
        <source>&amp;Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/main_window.py" line="193"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/main_window.py" line="194"/>
        <source>&amp;About yjdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/orders/custody_section.py" line="77"/>
        <source>Establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/orders/custody_section.py" line="79"/>
        <source>Placed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/orders/custody_section.py" line="91"/>
        <source>Record meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/orders/custody_section.py" line="94"/>
        <source>Held on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/orders/custody_section.py" line="96"/>
        <source>Who attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/orders/custody_section.py" line="98"/>
        <source>Actions agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/orders/custody_section.py" line="113"/>
        <source>Accommodation confirmed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/orders/custody_section.py" line="115"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/orders/custody_section.py" line="117"/>
        <source>ETE confirmed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/orders/custody_section.py" line="119"/>
        <location filename="../yjdesk/ui/orders/sections.py" line="98"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/orders/custody_section.py" line="130"/>
        <source>Record release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/orders/custody_section.py" line="135"/>
        <source>Released on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/orders/custody_section.py" line="136"/>
        <source>Licence conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/orders/custody_section.py" line="139"/>
        <source>Compassionate release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/orders/custody_section.py" line="142"/>
        <source>confirmed with &apos;Accommodation and ETE...&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/orders/custody_section.py" line="159"/>
        <source>Custody, remand and resettlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/orders/custody_section.py" line="165"/>
        <source>No custody or remand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/orders/custody_section.py" line="174"/>
        <source>Placement...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/orders/custody_section.py" line="175"/>
        <source>Record meeting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/orders/custody_section.py" line="176"/>
        <source>Accommodation and ETE...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/orders/custody_section.py" line="178"/>
        <source>Release on licence...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/orders/custody_section.py" line="179"/>
        <source>Custody plan (PDF)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/orders/dialogs.py" line="22"/>
        <source>Record panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/orders/dialogs.py" line="29"/>
        <source>Met on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/orders/dialogs.py" line="32"/>
        <source>Community volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/orders/dialogs.py" line="34"/>
        <source>Who else attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/orders/dialogs.py" line="36"/>
        <source>The child attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/orders/dialogs.py" line="39"/>
        <source>A parent or guardian attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/orders/dialogs.py" line="40"/>
        <source>What the panel decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/orders/dialogs.py" line="59"/>
        <source>Save terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/orders/dialogs.py" line="64"/>
        <source>Reparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/orders/dialogs.py" line="67"/>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/orders/dialogs.py" line="83"/>
        <source>Record signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/orders/dialogs.py" line="88"/>
        <source>Signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/orders/dialogs.py" line="90"/>
        <source>Panel member who signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/orders/dialogs.py" line="93"/>
        <source>The child signed the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/orders/dialogs.py" line="104"/>
        <source>Extend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/orders/dialogs.py" line="109"/>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/orders/dialogs.py" line="110"/>
        <source>Court&apos;s decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/orders/dialogs.py" line="114"/>
        <source>The child was present in court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/orders/dialogs.py" line="125"/>
        <source>Refer back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/orders/dialogs.py" line="129"/>
        <source>The panel&apos;s report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/orders/dialogs.py" line="131"/>
        <source>Referred on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/orders/sections.py" line="94"/>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/orders/sections.py" line="99"/>
        <source>Hours / days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/orders/sections.py" line="102"/>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/orders/sections.py" line="133"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/orders/sections.py" line="134"/>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/orders/sections.py" line="136"/>
        <source>Failure on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/orders/sections.py" line="138"/>
        <source>The failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/orders/sections.py" line="141"/>
        <source>Exceptional reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/orders/sections.py" line="168"/>
        <source>Enforcement ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/orders/sections.py" line="174"/>
        <source>Record enforcement...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/orders/sections.py" line="176"/>
        <source>Sign off exceptional reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/orders/sections.py" line="185"/>
        <source>Requirements delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/orders/sections.py" line="193"/>
        <source>Record delivery...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/orders/sections.py" line="230"/>
        <source>Choose the exceptional reason to sign off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/orders/sections.py" line="237"/>
        <source>Signed off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/orders/tab.py" line="120"/>
        <source>Referral order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/orders/tab.py" line="121"/>
        <source>No referral order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/orders/tab.py" line="220"/>
        <source>Write the contract&apos;s terms first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/orders/tab.py" line="238"/>
        <source>There is no contract yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/oversight/audit_log_page.py" line="45"/>
        <source>Case number, e.g. YJ-000123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/oversight/audit_log_page.py" line="149"/>
        <source>Verifying the audit chain...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/oversight/child_tab.py" line="68"/>
        <source>&amp;Record oversight...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/oversight/child_tab.py" line="71"/>
        <source>&amp;Audit this case...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/oversight/child_tab.py" line="81"/>
        <source>Management oversight and supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/oversight/child_tab.py" line="84"/>
        <source>Case audits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/oversight/common.py" line="84"/>
        <source>Period end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/oversight/common.py" line="85"/>
        <source>Period start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/oversight/common.py" line="87"/>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/oversight/common.py" line="90"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/oversight/common.py" line="122"/>
        <source>Choose a figure to see the children behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/oversight/dashboard_page.py" line="58"/>
        <source>Team dashboard</source>
        <extracomment>The part of a child&apos;s record each figure is about (the tab opened from it). Figures that are not a problem when above zero (shown plain, not bold).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/oversight/dashboard_page.py" line="63"/>
        <location filename="../yjdesk/ui/oversight/quality_page.py" line="49"/>
        <location filename="../yjdesk/ui/signin.py" line="278"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/oversight/data_quality_page.py" line="24"/>
        <location filename="../yjdesk/ui/oversight/return_page.py" line="68"/>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/oversight/dialogs.py" line="49"/>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/oversight/dialogs.py" line="50"/>
        <location filename="../yjdesk/ui/oversight/dialogs.py" line="86"/>
        <location filename="../yjdesk/ui/oversight/dialogs.py" line="128"/>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/oversight/dialogs.py" line="51"/>
        <source>De&amp;cision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/oversight/dialogs.py" line="52"/>
        <source>&amp;Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/oversight/dialogs.py" line="80"/>
        <source>Complete audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/oversight/dialogs.py" line="88"/>
        <source>&amp;Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/oversight/dialogs.py" line="99"/>
        <source>  evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/oversight/dialogs.py" line="102"/>
        <source>&amp;Feedback to the practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/oversight/dialogs.py" line="129"/>
        <source>&amp;Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/oversight/dialogs.py" line="135"/>
        <source>Member&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/oversight/dialogs.py" line="137"/>
        <source>  member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/oversight/performance_page.py" line="53"/>
        <source>&amp;Compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/oversight/performance_page.py" line="57"/>
        <source>Export &amp;PDF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/oversight/performance_page.py" line="60"/>
        <source>Export C&amp;SV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/oversight/performance_page.py" line="66"/>
        <source>Record &amp;board meeting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/oversight/performance_page.py" line="72"/>
        <source>Choose a period and press Compute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/oversight/performance_page.py" line="79"/>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/oversight/quality_page.py" line="74"/>
        <source>Feedback on my cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/oversight/quality_page.py" line="79"/>
        <source>&amp;Acknowledge feedback...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/oversight/return_page.py" line="59"/>
        <source>YJB quarterly return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/oversight/return_page.py" line="63"/>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/oversight/return_page.py" line="69"/>
        <source>&amp;Produce the return...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/oversight/return_page.py" line="84"/>
        <source>Returns produced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/pathways.py" line="139"/>
        <source>&amp;Refer...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/pathways.py" line="140"/>
        <source>&amp;Update referral...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/pathways.py" line="147"/>
        <source>The chosen pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/settings_dialog.py" line="51"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/settings_dialog.py" line="57"/>
        <source>These settings apply to this profile on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/settings_dialog.py" line="64"/>
        <source>Sync server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/settings_dialog.py" line="67"/>
        <source>Sync server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/settings_dialog.py" line="77"/>
        <source>the certificates shipped with yjdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/settings_dialog.py" line="78"/>
        <source>Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/settings_dialog.py" line="80"/>
        <source>CA certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/settings_dialog.py" line="84"/>
        <source>Minutes before the screen locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/settings_dialog.py" line="89"/>
        <source>Lock after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/settings_dialog.py" line="192"/>
        <source>Se&amp;ttings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/signin.py" line="168"/>
        <source>&lt;h2&gt;Sign in to yjdesk&lt;/h2&gt;</source>
        <extracomment>From the worker: the service is busy and will be asked again in N seconds. Under the progress bar while the sync service asks us to wait our turn. Set when the service revoked this laptop at sign-in (and its profile was wiped).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/signin.py" line="193"/>
        <source>Previous password</source>
        <extracomment>Shown only when the service says the password was changed there.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/signin.py" line="259"/>
        <source>&lt;h2&gt;Welcome to yjdesk&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/signin.py" line="273"/>
        <source>at least %n characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/signin.py" line="275"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/signin.py" line="277"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/signin.py" line="279"/>
        <source>Team code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/signin.py" line="281"/>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/signin.py" line="285"/>
        <source>Create profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/sync_ui/page.py" line="49"/>
        <source>Write the value both of you agree on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/sync_ui/page.py" line="50"/>
        <source>Merged value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/sync_ui/page.py" line="53"/>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/sync_ui/page.py" line="54"/>
        <source>Keep theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/sync_ui/page.py" line="55"/>
        <source>Use this value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/sync_ui/page.py" line="57"/>
        <source>Record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/sync_ui/page.py" line="58"/>
        <source>Field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/sync_ui/page.py" line="59"/>
        <source>Your value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/sync_ui/page.py" line="60"/>
        <source>Their value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/sync_ui/page.py" line="61"/>
        <source>Their edit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/sync_ui/page.py" line="104"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/sync_ui/page.py" line="109"/>
        <source>Why it is not on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/sync_ui/page.py" line="110"/>
        <source>What fixes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/sync_ui/page.py" line="113"/>
        <source>Conflicts: the same field was changed here and elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/sync_ui/page.py" line="117"/>
        <source>Changes not on the server yet (kept on this laptop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/sync_ui/status.py" line="42"/>
        <source>Sync status unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/sync_ui/status.py" line="44"/>
        <source>Sync status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/sync_ui/status.py" line="50"/>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/sync_ui/status.py" line="51"/>
        <source>Send and fetch changes now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/sync_ui/status.py" line="53"/>
        <location filename="../yjdesk/ui/widgets/confirm.py" line="108"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/sync_ui/status.py" line="54"/>
        <source>Stop the sync; what was already sent is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/victims/tab.py" line="75"/>
        <source>Offences this victim is linked to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/victims/tab.py" line="87"/>
        <source>Enhanced service (under 18 or vulnerable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/victims/tab.py" line="237"/>
        <source>&amp;Add victim...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/victims/tab.py" line="238"/>
        <source>&amp;Update victim...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/victims/tab.py" line="242"/>
        <source>Victim safety for planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/victims/tab.py" line="252"/>
        <source>The victim&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/widgets/confirm.py" line="104"/>
        <source>Your &amp;password</source>
        <extracomment>A question: &quot;Countersign and lock this assessment?&quot; The action button: &quot;Countersign and lock&quot;. What, and for whom: &quot;The initial assessment of Jay Okafor (YJ-1234), by Pat ...&quot;. What happens, one line each: &quot;Nobody can change it afterwards.&quot; ... A comment field&apos;s label (&quot;Your comment (kept with the assessment)&quot;); None: no field. Said under the comment when a required one is missing. Ask for the password again before going on.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/widgets/forms.py" line="74"/>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/widgets/forms.py" line="78"/>
        <source>Type the date as day/month/year, e.g. 31/01/2010</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/widgets/password.py" line="43"/>
        <source>Checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/widgets/section_tabs.py" line="37"/>
        <source>Sections of the record</source>
        <extracomment>The key of the section now shown.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/widgets/verify.py" line="28"/>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../yjdesk/ui/widgets/verify.py" line="31"/>
        <source>Verify that it is unchanged since it was signed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
