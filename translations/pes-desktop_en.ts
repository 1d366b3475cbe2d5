<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Choice</name>
    <message>
        <location filename="../app/desktop/kindcatalog.cpp" line="22"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/kindcatalog.cpp" line="23"/>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/kindcatalog.cpp" line="24"/>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/kindcatalog.cpp" line="25"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/kindcatalog.cpp" line="26"/>
        <source>Web site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/kindcatalog.cpp" line="27"/>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/kindcatalog.cpp" line="28"/>
        <source>Social network account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/kindcatalog.cpp" line="29"/>
        <source>RSS feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/kindcatalog.cpp" line="30"/>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/kindcatalog.cpp" line="31"/>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/kindcatalog.cpp" line="32"/>
        <source>Members only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/kindcatalog.cpp" line="33"/>
        <source>Administrators only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/kindcatalog.cpp" line="34"/>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/kindcatalog.cpp" line="35"/>
        <source>Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/kindcatalog.cpp" line="36"/>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/kindcatalog.cpp" line="37"/>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/kindcatalog.cpp" line="38"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/kindcatalog.cpp" line="39"/>
        <source>Member of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/kindcatalog.cpp" line="40"/>
        <source>Regular supplier of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/kindcatalog.cpp" line="41"/>
        <source>Occasional supplier of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/kindcatalog.cpp" line="42"/>
        <source>Received technical support from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/kindcatalog.cpp" line="43"/>
        <source>Received financial support from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/kindcatalog.cpp" line="44"/>
        <source>I offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/kindcatalog.cpp" line="45"/>
        <source>I am looking for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/kindcatalog.cpp" line="46"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/kindcatalog.cpp" line="47"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/kindcatalog.cpp" line="48"/>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/kindcatalog.cpp" line="49"/>
        <source>Premises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/kindcatalog.cpp" line="50"/>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/kindcatalog.cpp" line="51"/>
        <source>Group purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/kindcatalog.cpp" line="52"/>
        <source>Partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/kindcatalog.cpp" line="53"/>
        <source>Call for tenders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/kindcatalog.cpp" line="54"/>
        <source>Investment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/kindcatalog.cpp" line="55"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/kindcatalog.cpp" line="56"/>
        <source>Euros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/kindcatalog.cpp" line="57"/>
        <source>Gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/kindcatalog.cpp" line="58"/>
        <source>Swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/kindcatalog.cpp" line="59"/>
        <source>Shared cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/kindcatalog.cpp" line="60"/>
        <source>Voluntary work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/kindcatalog.cpp" line="61"/>
        <source>Alternative currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/kindcatalog.cpp" line="62"/>
        <source>Employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/kindcatalog.cpp" line="63"/>
        <source>Civic engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/kindcatalog.cpp" line="64"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/kindcatalog.cpp" line="65"/>
        <source>Lending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/kindcatalog.cpp" line="66"/>
        <source>Renting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/kindcatalog.cpp" line="67"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/kindcatalog.cpp" line="68"/>
        <source>Ready to publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/kindcatalog.cpp" line="69"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/kindcatalog.cpp" line="70"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/kindcatalog.cpp" line="71"/>
        <source>Shared with the networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/kindcatalog.cpp" line="72"/>
        <source>This network only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="13"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="14"/>
        <source>Networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="15"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="16"/>
        <source>Base IRI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="17"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="18"/>
        <source>Web site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="19"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="20"/>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="21"/>
        <source>Acronym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="22"/>
        <source>Subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="23"/>
        <source>Legal form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="24"/>
        <source>SIRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="25"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="26"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="27"/>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="28"/>
        <source>Founding date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="29"/>
        <source>Member of the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="30"/>
        <source>Membership date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="31"/>
        <source>Action area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="32"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="33"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="34"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="35"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="36"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="37"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="38"/>
        <source>Contact point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="39"/>
        <source>Contact points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="40"/>
        <source>Belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="41"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="42"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="43"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="44"/>
        <source>Display level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="45"/>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="46"/>
        <source>Engagements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="47"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="48"/>
        <source>Role detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="49"/>
        <source>Administers the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="50"/>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="51"/>
        <source>Relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="52"/>
        <source>Related organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="53"/>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="54"/>
        <source>Exchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="55"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="56"/>
        <source>Offer or need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="57"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="58"/>
        <source>Methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="59"/>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="60"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="61"/>
        <source>Expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="62"/>
        <source>Permanent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="63"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="64"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="65"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="66"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="67"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="68"/>
        <source>Organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="69"/>
        <source>Job offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="70"/>
        <source>Job offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="71"/>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="72"/>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="73"/>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="74"/>
        <source>News</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="75"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="76"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="77"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="78"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="79"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="80"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="81"/>
        <source>English label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="82"/>
        <source>SKOS concept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="83"/>
        <source>Concept scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="84"/>
        <source>Broader tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="85"/>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="86"/>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="87"/>
        <source>Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="88"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="89"/>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/fieldlabels.cpp" line="90"/>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../app/desktop/qml/FieldEditor.qml" line="23"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/FieldEditor.qml" line="24"/>
        <source>YYYY-MM-DDTHH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/FieldEditor.qml" line="25"/>
        <source>contact@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/FieldEditor.qml" line="26"/>
        <source>04 91 12 34 56</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/FieldEditor.qml" line="27"/>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/FieldEditor.qml" line="28"/>
        <source>13001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/FieldEditor.qml" line="29"/>
        <source>14 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/FieldEditor.qml" line="30"/>
        <source>43.2965</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/FieldEditor.qml" line="31"/>
        <source>5.3698</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/FieldEditor.qml" line="133"/>
        <location filename="../app/desktop/qml/FieldEditor.qml" line="169"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/FieldEditor.qml" line="173"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/FieldEditor.qml" line="175"/>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/FieldEditor.qml" line="179"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/FieldEditor.qml" line="181"/>
        <source>Choose %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/FieldEditor.qml" line="185"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/FieldEditor.qml" line="188"/>
        <source>Clear %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../app/desktop/qml/FilterBar.qml" line="45"/>
        <source>Kind of record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/FilterBar.qml" line="46"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/FilterBar.qml" line="56"/>
        <source>Offers or needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/FilterBar.qml" line="57"/>
        <source>Offers and needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/FilterBar.qml" line="64"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/FilterBar.qml" line="67"/>
        <location filename="../app/desktop/qml/FilterBar.qml" line="77"/>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/FilterBar.qml" line="84"/>
        <location filename="../app/desktop/qml/FilterBar.qml" line="85"/>
        <source>Town or postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/FilterBar.qml" line="93"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/FilterBar.qml" line="94"/>
        <source>All networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/FilterBar.qml" line="95"/>
        <source>Network: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/FilterBar.qml" line="102"/>
        <source>Visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/FilterBar.qml" line="103"/>
        <source>Any visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/FilterBar.qml" line="114"/>
        <source>Sort by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/FilterBar.qml" line="115"/>
        <source>Sort: best match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/FilterBar.qml" line="116"/>
        <source>Sort: name A to Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/FilterBar.qml" line="117"/>
        <source>Sort: name Z to A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/FilterBar.qml" line="118"/>
        <source>Sort: recently changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../app/desktop/qml/Main.qml" line="25"/>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/Main.qml" line="26"/>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/Main.qml" line="27"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/Main.qml" line="28"/>
        <source>Exchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/Main.qml" line="29"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/Main.qml" line="30"/>
        <source>Job offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/Main.qml" line="31"/>
        <source>News</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/Main.qml" line="32"/>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/Main.qml" line="34"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/Main.qml" line="35"/>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/Main.qml" line="43"/>
        <source>PES Desktop — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/Main.qml" line="43"/>
        <location filename="../app/desktop/qml/Main.qml" line="112"/>
        <source>PES Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/Main.qml" line="121"/>
        <source>Search (Ctrl+F): name, town, tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/Main.qml" line="122"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/Main.qml" line="123"/>
        <source>Searches as you type in the current view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/Main.qml" line="128"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/Main.qml" line="130"/>
        <source>New record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/Main.qml" line="132"/>
        <source>Create a %1 (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/Main.qml" line="136"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/Main.qml" line="138"/>
        <source>Undo the last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/Main.qml" line="142"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/Main.qml" line="144"/>
        <source>Redo the change undone last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/Main.qml" line="149"/>
        <location filename="../app/desktop/qml/Main.qml" line="150"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigationPane</name>
    <message>
        <location filename="../app/desktop/qml/NavigationPane.qml" line="23"/>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordListPane</name>
    <message numerus="yes">
        <location filename="../app/desktop/qml/RecordListPane.qml" line="60"/>
        <source>%n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/RecordListPane.qml" line="60"/>
        <source> — searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/RecordListPane.qml" line="74"/>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/RecordListPane.qml" line="93"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/RecordListPane.qml" line="116"/>
        <source>Nothing matches “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/RecordListPane.qml" line="116"/>
        <source>Nothing here yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../app/desktop/qml/RecordPage.qml" line="24"/>
        <source>Choose a record in the list, or create one with Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/RecordPage.qml" line="45"/>
        <source>New %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/RecordPage.qml" line="57"/>
        <source>%1 — not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/RecordPage.qml" line="59"/>
        <source>%1 — created %2, changed %3 (version %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/RecordPage.qml" line="72"/>
        <source>Visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/RecordPage.qml" line="82"/>
        <source>This record is in the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/RecordPage.qml" line="99"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/RecordPage.qml" line="102"/>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/RecordPage.qml" line="106"/>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/RecordPage.qml" line="111"/>
        <source>Mark ready to publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/RecordPage.qml" line="120"/>
        <source>Move to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/RecordPage.qml" line="126"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/RecordPage.qml" line="128"/>
        <source>Restore from the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/RecordPage.qml" line="154"/>
        <source>Address and coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/RecordPage.qml" line="177"/>
        <source>Contact points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/RecordPage.qml" line="188"/>
        <source>Engagements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/RecordPage.qml" line="199"/>
        <source>Relations to other organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/RecordPage.qml" line="210"/>
        <source>Organisations related to this one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferencePicker</name>
    <message>
        <location filename="../app/desktop/qml/ReferencePicker.qml" line="37"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/ReferencePicker.qml" line="38"/>
        <source>Search for the record to choose</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelatedRecords</name>
    <message>
        <location filename="../app/desktop/qml/RelatedRecords.qml" line="31"/>
        <source>, administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/RelatedRecords.qml" line="58"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/RelatedRecords.qml" line="59"/>
        <source>Add to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../app/desktop/qml/SettingsDialog.qml" line="14"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/SettingsDialog.qml" line="24"/>
        <location filename="../app/desktop/qml/SettingsDialog.qml" line="29"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/SettingsDialog.qml" line="30"/>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/SettingsDialog.qml" line="36"/>
        <source>Replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/SettingsDialog.qml" line="42"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message>
        <location filename="../app/desktop/qml/StatusArea.qml" line="22"/>
        <source>%1 change(s) not yet synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/StatusArea.qml" line="23"/>
        <source>No replica open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/StatusArea.qml" line="29"/>
        <source>Replica: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/StatusArea.qml" line="42"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/StatusArea.qml" line="47"/>
        <source>Network: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnsavedChangesDialog</name>
    <message>
        <location filename="../app/desktop/qml/UnsavedChangesDialog.qml" line="13"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/UnsavedChangesDialog.qml" line="20"/>
        <source>“%1” has changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../app/desktop/qml/WelcomePage.qml" line="19"/>
        <source>Welcome to PES Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/WelcomePage.qml" line="26"/>
        <source>No replica is open. A replica is the file on this computer that holds your network&apos;s directory and exchanges; it works without a connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/WelcomePage.qml" line="32"/>
        <location filename="../app/desktop/qml/WelcomePage.qml" line="33"/>
        <source>Path of the replica file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/WelcomePage.qml" line="37"/>
        <source>Open this replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/WelcomePage.qml" line="42"/>
        <source>Or create a new replica at this path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/WelcomePage.qml" line="49"/>
        <source>Network name, e.g. APEAS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/WelcomePage.qml" line="50"/>
        <source>Network name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/WelcomePage.qml" line="55"/>
        <source>Network address, e.g. https://reseau.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/WelcomePage.qml" line="56"/>
        <source>Network address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/WelcomePage.qml" line="60"/>
        <source>Fill it with demo data (500 organisations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/qml/WelcomePage.qml" line="63"/>
        <source>Create the replica</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pes</name>
    <message>
        <location filename="../core/domain/validation.cpp" line="36"/>
        <source>%1 is not a valid %2 for “%3”: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="47"/>
        <source>expected a number of degrees, such as 43.2965</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="49"/>
        <source>must lie between -%1 and %1 degrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="57"/>
        <source>expected one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="80"/>
        <location filename="../core/domain/validation.cpp" line="253"/>
        <source>expected the IRI of a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="183"/>
        <source>expected a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="191"/>
        <source>expected a decimal number such as 12.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="202"/>
        <source>expected yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="207"/>
        <source>expected a date written YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="213"/>
        <source>expected a date and time written YYYY-MM-DDTHH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="219"/>
        <source>expected an address such as contact@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="225"/>
        <source>expected a French number of 10 digits such as 04 91 12 34 56, or an international number starting with +</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="231"/>
        <source>expected a web address starting with https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="235"/>
        <source>expected 5 digits such as 13001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="241"/>
        <source>a SIRET has 14 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="243"/>
        <source>the check digit does not match (Luhn); check for a typing error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="275"/>
        <source>%1 has no field “%2”; its fields are: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="295"/>
        <source>a %1 needs a value for “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pes::desktop::RecordEditor</name>
    <message>
        <location filename="../app/desktop/recordeditor.cpp" line="86"/>
        <source>No replica is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/recordeditor.cpp" line="103"/>
        <source>Unknown kind of record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/recordeditor.cpp" line="156"/>
        <source>This field is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/recordeditor.cpp" line="207"/>
        <source>Some fields need correcting before saving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pes::desktop::ReplicaSession</name>
    <message>
        <location filename="../app/desktop/replicasession.cpp" line="15"/>
        <source>No hub configured: working offline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
