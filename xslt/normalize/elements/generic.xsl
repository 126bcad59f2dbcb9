<?xml version="1.0" encoding="UTF-8"?>
<!-- Nothing is dropped. An element of the text that no rule knows, in the TEI namespace or any
     other (a project's extension), is lowered to tp:block or tp:inline by where it stands, its
     content kept, and the build says once per element name how often that happened:
     "rendered generically: tei:msItem ×10". -->
<xsl:stylesheet version="3.0" default-mode="fp:lower"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns="http://www.tei-c.org/ns/1.0"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tp="urn:tei-press:normalized"
    xmlns:f="urn:tei-press:functions"
    xmlns:fp="urn:tei-press:functions:private"
    exclude-result-prefixes="#all">


  <!-- TEI the drivers render as it is (the house vocabulary), and TEI an element rule of
       this pass rewrites. Everything else in the text is rendered generically. -->
  <xsl:variable name="fp:house-names" as="xs:string+" select="
      'text', 'front', 'body', 'back', 'div', 'head', 'p', 'quote', 'q', 'list', 'item', 'label',
      'listBibl', 'bibl', 'note', 'title', 'ptr', 'ref', 'choice', 'sic', 'corr', 'orig', 'reg',
      'pubPlace', 'publisher', 'author', 'editor', 'date', 'idno', 'term', 'foreign', 'emph', 'hi',
      'mentioned', 'gi', 'lb', 'docTitle', 'titlePart', 'byline', 'docAuthor'"/>
  <xsl:variable name="fp:lowered-names" as="xs:string+" select="
      'pb', 'cb', 'milestone', 'lg', 'l', 'sp', 'speaker', 'stage', 'castList', 'castGroup', 'castItem',
      'role', 'roleDesc', 'set', 'titlePage', 'docImprint', 'docDate', 'docEdition', 'epigraph',
      'argument', 'figure', 'graphic', 'figDesc', 'table', 'row', 'cell', 'listPerson', 'listPlace',
      'listOrg', 'listEvent', 'person', 'place', 'org', 'event', 'biblStruct', 'analytic', 'monogr',
      'imprint', 'series', 'app', 'lem', 'rdg', 'rdgGrp', 'listWit', 'witness', 'abbr', 'expan', 'ex',
      'gap', 'unclear', 'supplied', 'del', 'add', 'damage', 'surplus', 'subst', 'restore', 'said',
      'cit', 'soCalled', 'gloss', 'persName', 'placeName', 'orgName', 'name', 'rs', 'roleName',
      'forename', 'surname', 'geogName', 'time', 'num', 'measure', 'seg', 'anchor', 'signed',
      'salute', 'dateline', 'opener', 'closer', 'postscript', 'trailer', 'floatingText', 'att', 'val',
      'tag', 'ident', 'code', 'ab', 'c', 'w', 'pc', 'div1', 'div2', 'div3', 'div4', 'div5', 'div6',
      'div7', 'group', 'biblScope', 'settlement', 'country', 'region', 'district', 'bloc', 'sex',
      'birth', 'death', 'occupation', 'residence', 'floruit', 'faith', 'nationality', 'education',
      'affiliation', 'state', 'trait', 'location', 'desc', 'addName', 'genName', 'nameLink',
      'offset', 'geogFeat', 'population', 'climate', 'terrain', 'geo', 'relation', 'edition',
      'meeting', 'address', 'addrLine', 'street', 'postCode', 'email', 'formula', 'metamark',
      'handShift', 'space', 'fw', 'note', 'move', 'actor', 'personGrp', 'nym', 'listNym', 'rdgGrp',
      'relatedItem', 'respStmt', 'resp', 'am', 'secl', 'eg', 'media', 'docEdition', 'langKnowledge', 'langKnown',
      'socecStatus', 'age'"/>

  <xsl:function name="f:has-element-rule" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e/self::tei:*[local-name() = ($fp:house-names, $fp:lowered-names)])
        or f:has-manuscript-rule($e)"/>
  </xsl:function>

  <!-- An element's name as a reader of the TEI writes it. -->
  <xsl:function name="f:display-name" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="if ($e/self::tei:*) then 'tei:' || local-name($e)
        else if (namespace-uri($e) eq '') then local-name($e)
        else 'Q{' || namespace-uri($e) || '}' || local-name($e)"/>
  </xsl:function>

  <xsl:template match="*[ancestor::tei:text][not(f:has-element-rule(.))]" priority="-4">
    <xsl:call-template name="f:lower">
      <xsl:with-param name="role" select="'generic'"/>
    </xsl:call-template>
  </xsl:template>

  <!-- One message per element name, with its count, for the whole text. -->
  <xsl:template match="tei:TEI/tei:text" priority="5">
    <xsl:call-template name="f:report-generic"/>
    <xsl:next-match/>
  </xsl:template>

  <!-- The messages for the text in context (also a catalogue record's description, elements/header.xsl). -->
  <xsl:template name="f:report-generic">
    <xsl:for-each-group select=".//*[not(f:has-element-rule(.))][not(ancestor-or-self::*[f:is-example(.)])]"
        group-by="f:display-name(.)">
      <xsl:sort select="current-grouping-key()"/>
      <xsl:message select="'rendered generically: ' || current-grouping-key() || ' ×' || count(current-group())"/>
    </xsl:for-each-group>
  </xsl:template>

  <!-- A paragraph holding a block (a figure, a table, verse, a block quotation) is cut around
       it: the drivers' paragraphs hold text, and an XHTML p cannot hold a block. The first
       piece keeps the paragraph's id. -->
  <xsl:template match="tei:p[ancestor::tei:text][some $c in * satisfies fp:breaks-paragraph($c)]">
    <xsl:variable name="paragraph" select="."/>
    <xsl:for-each-group select="node()" group-adjacent="exists(self::*[fp:breaks-paragraph(.)])">
      <xsl:choose>
        <xsl:when test="current-grouping-key()">
          <xsl:apply-templates select="current-group()"/>
        </xsl:when>
        <xsl:when test="exists(current-group()[self::* or normalize-space()])">
          <p>
            <xsl:apply-templates select="$paragraph/(@* except @xml:id)"/>
            <xsl:if test="empty(current-group()[1]/preceding-sibling::node()[self::*[not(fp:breaks-paragraph(.))] or self::text()[normalize-space()]])">
              <xsl:apply-templates select="$paragraph/@xml:id"/>
            </xsl:if>
            <xsl:apply-templates select="current-group()"/>
          </p>
        </xsl:when>
      </xsl:choose>
    </xsl:for-each-group>
  </xsl:template>

  <xsl:function name="fp:breaks-paragraph" as="xs:boolean">
    <xsl:param name="child" as="element()"/>
    <xsl:sequence select="f:is-block($child) and empty($child/self::tei:list | $child/self::tei:listBibl)"/>
  </xsl:function>

  <!-- Markup quoted as an example (egXML) is shown as code, not interpreted. -->
  <xsl:function name="f:is-example" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="namespace-uri($e) eq 'http://www.tei-c.org/ns/Examples' and local-name($e) eq 'egXML'"/>
  </xsl:function>
</xsl:stylesheet>
