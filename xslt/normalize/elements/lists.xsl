<?xml version="1.0" encoding="UTF-8"?>
<!-- Lists the drivers render as house lists (tei:list with items, tei:listBibl with bibls):
       * list types: @type or @rend ordered/numbered/arabic… is an ordered list, gloss lists keep
         their label/item pairs;
       * listBibl holds only bibls: a biblStruct is a bibl whose parts are separated as in a
         reference list, a nested listBibl is flattened (its heading an entry of its own);
       * listPerson, listPlace, listOrg and listEvent are plain lists: one item per entry, its
         parts run on, nested entries a nested list;
       * a break between items moves into the item that follows it (a list holds only items). -->
<xsl:stylesheet version="3.0" default-mode="fp:lower"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns="http://www.tei-c.org/ns/1.0"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tp="urn:tei-press:normalized"
    xmlns:f="urn:tei-press:functions"
    xmlns:fp="urn:tei-press:functions:private"
    exclude-result-prefixes="#all">


  <!-- The values of @type or @rend that make a list ordered, with the picture of its numbers. -->
  <xsl:variable name="fp:number-formats" as="map(xs:string, xs:string)" select="map {
      'ordered': '1', 'numbered': '1', 'arabic': '1', 'decimal': '1', 'numeric': '1', '1': '1',
      'roman': 'i', 'lower-roman': 'i', 'upper-roman': 'I', 'i': 'i', 'I': 'I',
      'alpha': 'a', 'lower-alpha': 'a', 'upper-alpha': 'A', 'a': 'a', 'A': 'A' }"/>

  <xsl:template match="tei:list[ancestor::tei:text]">
    <xsl:variable name="format" select="(@type/string(), tokenize(@rend))[map:contains($fp:number-formats, .)][1] ! $fp:number-formats(.)"/>
    <xsl:copy>
      <xsl:apply-templates select="@* except @type"/>
      <xsl:attribute name="type" select="if (exists($format)) then 'ordered'
          else if (@type = 'gloss' or tei:label) then 'gloss' else (@type, 'bulleted')[1]"/>
      <xsl:if test="exists($format)">
        <xsl:attribute name="tp:format" select="$format"/>
      </xsl:if>
      <xsl:apply-templates/>
    </xsl:copy>
  </xsl:template>

  <!-- Breaks (and stray text-less elements) between items go into the next item. -->
  <xsl:template match="tei:list[ancestor::tei:text]/(tei:pb | tei:cb | tei:milestone | tei:lb | tei:anchor)
                       | tei:listBibl[ancestor::tei:text]/(tei:pb | tei:cb | tei:milestone | tei:lb | tei:anchor)">
    <xsl:param name="moving" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:if test="$moving or empty(following-sibling::tei:item | following-sibling::tei:bibl | following-sibling::tei:biblStruct)">
      <xsl:next-match/>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:list[ancestor::tei:text]/tei:item">
    <xsl:copy>
      <xsl:apply-templates select="@*"/>
      <xsl:apply-templates select="fp:breaks-before(.)">
        <xsl:with-param name="moving" select="true()" tunnel="yes"/>
      </xsl:apply-templates>
      <xsl:apply-templates/>
    </xsl:copy>
  </xsl:template>

  <xsl:function name="fp:breaks-before" as="element()*">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="previous" select="$entry/preceding-sibling::*[self::tei:item | self::tei:bibl | self::tei:biblStruct | self::tei:label | self::tei:head][1]"/>
    <xsl:sequence select="$entry/preceding-sibling::*[self::tei:pb | self::tei:cb | self::tei:milestone | self::tei:anchor]
                          [empty($previous) or . >> $previous]"/>
  </xsl:function>

  <!-- A bibliography holds bibls only. -->
  <xsl:template match="tei:listBibl[ancestor::tei:text]">
    <xsl:copy>
      <xsl:apply-templates select="@*"/>
      <xsl:apply-templates select="tei:head"/>
      <xsl:apply-templates select="* except tei:head" mode="fp:bibliography-entry"/>
    </xsl:copy>
  </xsl:template>

  <xsl:mode name="fp:bibliography-entry" on-no-match="shallow-skip"/>

  <xsl:template match="tei:bibl" mode="fp:bibliography-entry">
    <xsl:copy>
      <xsl:apply-templates select="@*"/>
      <xsl:apply-templates select="fp:breaks-before(.)">
        <xsl:with-param name="moving" select="true()" tunnel="yes"/>
      </xsl:apply-templates>
      <xsl:apply-templates/>
    </xsl:copy>
  </xsl:template>

  <xsl:template match="tei:listBibl" mode="fp:bibliography-entry">
    <xsl:for-each select="tei:head">
      <bibl><tp:inline role="heading"><xsl:apply-templates/></tp:inline></bibl>
    </xsl:for-each>
    <xsl:apply-templates select="* except tei:head" mode="fp:bibliography-entry"/>
  </xsl:template>

  <xsl:template match="tei:pb | tei:cb | tei:milestone | tei:lb | tei:anchor" mode="fp:bibliography-entry">
    <xsl:if test="empty(following-sibling::tei:bibl | following-sibling::tei:biblStruct | following-sibling::tei:listBibl | following-sibling::tei:msDesc)">
      <xsl:apply-templates select=".">
        <xsl:with-param name="moving" select="true()" tunnel="yes"/>
      </xsl:apply-templates>
    </xsl:if>
  </xsl:template>

  <!-- Any other entry (a manuscript description, say) is a bibl around it; its id stays on
       the element that keeps it, so that it is declared once. -->
  <xsl:template match="*" mode="fp:bibliography-entry">
    <bibl>
      <xsl:apply-templates select="@xml:lang | self::tei:biblStruct/@xml:id"/>
      <xsl:apply-templates select="fp:breaks-before(.)">
        <xsl:with-param name="moving" select="true()" tunnel="yes"/>
      </xsl:apply-templates>
      <xsl:apply-templates select="if (self::tei:biblStruct) then fp:separated(., '. ') else ."/>
    </bibl>
  </xsl:template>

  <!-- A structured citation outside a bibliography is a citation too. -->
  <xsl:template match="tei:biblStruct[ancestor::tei:text]">
    <bibl>
      <xsl:apply-templates select="@xml:id | @xml:lang"/>
      <xsl:apply-templates select="fp:separated(., '. ')"/>
    </bibl>
  </xsl:template>

  <!-- The parts of a structured citation run on, separated as a reference list separates them
       where the source has no punctuation of its own between them. -->
  <xsl:template match="(tei:analytic | tei:monogr | tei:series | tei:imprint | tei:relatedItem
                       | tei:respStmt | tei:resp | tei:biblScope | tei:edition | tei:meeting)[ancestor::tei:text]">
    <xsl:call-template name="f:lower">
      <xsl:with-param name="kind" select="'inline'"/>
      <xsl:with-param name="role" select="'bibl-part'"/>
      <xsl:with-param name="content" select="fp:separated(., if (self::tei:imprint) then ', ' else '. ')"/>
    </xsl:call-template>
  </xsl:template>

  <!-- $parent's child nodes, with $separator between element children where nothing but white
       space separates them. -->
  <xsl:function name="fp:separated" as="node()*">
    <xsl:param name="parent" as="element()"/>
    <xsl:param name="separator" as="xs:string"/>
    <xsl:variable name="parts" select="$parent/node()"/>
    <xsl:choose>
      <xsl:when test="exists($parent/text()[normalize-space()])">
        <xsl:sequence select="$parts"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:for-each select="$parent/*">
          <xsl:if test="position() gt 1 and normalize-space(.) ne ''">
            <!-- A part that ends in a full stop needs only the space. -->
            <tp:gen><xsl:value-of select="if (ends-with(normalize-space(preceding-sibling::*[1]), '.') and starts-with($separator, '.'))
                                          then substring($separator, 2) else $separator"/></tp:gen>
          </xsl:if>
          <xsl:sequence select="."/>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <xsl:template match="tp:gen">
    <xsl:copy-of select="."/>
  </xsl:template>

  <!-- Registers of persons, places, organisations and events: one item per entry. An entry
       without text (a relation given by attributes only) shows nothing. -->
  <xsl:template match="tei:listPerson[ancestor::tei:text] | tei:listPlace[ancestor::tei:text]
                       | tei:listOrg[ancestor::tei:text] | tei:listEvent[ancestor::tei:text]
                       | tei:listNym[ancestor::tei:text]">
    <list type="register">
      <xsl:apply-templates select="@xml:id | @xml:lang"/>
      <xsl:apply-templates select="tei:head"/>
      <xsl:for-each select="(* except tei:head)[not(self::tei:pb | self::tei:cb | self::tei:milestone | self::tei:lb)]
                            [fp:shows-something(.)]">
        <item><xsl:apply-templates select="."/></item>
      </xsl:for-each>
    </list>
  </xsl:template>

  <xsl:function name="fp:shows-something" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="normalize-space($e) ne '' or exists($e/descendant-or-self::*/@xml:id)
        or exists($e//(tei:graphic | tei:c | tei:g | tei:pc)[@url or normalize-space(@n) ne ''])"/>
  </xsl:function>

  <xsl:variable name="fp:entry-names" as="xs:string+" select="'person', 'personGrp', 'place', 'org', 'event', 'nym'"/>

  <!-- Whether $e is an entry of a register, whose parts are set one after another. -->
  <xsl:function name="f:is-register-entry" as="xs:boolean">
    <xsl:param name="e" as="element()?"/>
    <xsl:sequence select="exists($e/self::tei:*[local-name() = $fp:entry-names][ancestor::tei:text])"/>
  </xsl:function>

  <!-- An entry: its parts run on, separated, in one line of text (names, dates, places); a part
       that holds blocks (a state told in paragraphs) stands as a block where it stands; nested
       entries (the settlements of a region) are a nested register. -->
  <xsl:template match="tei:person[ancestor::tei:text] | tei:personGrp[ancestor::tei:text] | tei:place[ancestor::tei:text]
                       | tei:org[ancestor::tei:text] | tei:event[ancestor::tei:text] | tei:nym[ancestor::tei:text]">
    <xsl:variable name="entries" select="(tei:person | tei:personGrp | tei:place | tei:org | tei:event)[fp:shows-something(.)]"/>
    <xsl:variable name="registers" select="tei:listPerson | tei:listPlace | tei:listOrg | tei:listEvent | tei:list"/>
    <xsl:variable name="parts" select="(* except ($entries, $registers))[fp:shows-something(.)]"/>
    <xsl:variable name="entry" select="."/>
    <xsl:for-each-group select="$parts" group-adjacent="f:is-block(.)">
      <xsl:choose>
        <xsl:when test="current-grouping-key()">
          <xsl:apply-templates select="current-group()"/>
        </xsl:when>
        <xsl:otherwise>
          <tp:inline role="entry">
            <xsl:if test="position() eq 1">
              <xsl:apply-templates select="$entry/(@xml:id | @xml:lang)"/>
            </xsl:if>
            <xsl:for-each select="current-group()">
              <xsl:if test="position() gt 1 and not(self::tei:note)">
                <xsl:call-template name="f:gen">
                  <xsl:with-param name="text" select="f:element-string('entry-separator', .)"/>
                </xsl:call-template>
              </xsl:if>
              <xsl:apply-templates select=".">
                <xsl:with-param name="trimmed" tunnel="yes" select="fp:edge-texts(.)"/>
              </xsl:apply-templates>
            </xsl:for-each>
          </tp:inline>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:for-each-group>
    <xsl:if test="@xml:id and (empty($parts) or f:is-block($parts[1]))">
      <tp:anchor><xsl:apply-templates select="@xml:id"/></tp:anchor>
    </xsl:if>
    <xsl:apply-templates select="$registers"/>
    <xsl:if test="exists($entries)">
      <list type="register">
        <xsl:for-each select="$entries">
          <item><xsl:apply-templates select="."/></item>
        </xsl:for-each>
      </list>
    </xsl:if>
  </xsl:template>

  <!-- The first and last text of a part: the separator replaces the white space before and
       after them. -->
  <xsl:function name="fp:edge-texts" as="text()*">
    <xsl:param name="part" as="element()"/>
    <xsl:variable name="texts" select="$part//text()[normalize-space()]"/>
    <xsl:sequence select="$texts[1], $texts[last()]"/>
  </xsl:function>

  <xsl:template match="text()[ancestor::tei:text]" priority="-1">
    <xsl:param name="trimmed" as="text()*" select="()" tunnel="yes"/>
    <xsl:choose>
      <xsl:when test="empty($trimmed)">
        <xsl:value-of select="."/>
      </xsl:when>
      <xsl:when test=". &lt;&lt; $trimmed[1] or . &gt;&gt; $trimmed[2]"/>
      <xsl:otherwise>
        <xsl:variable name="start" select="if (. is $trimmed[1]) then replace(., '^\s+', '') else string(.)"/>
        <xsl:value-of select="if (. is $trimmed[2]) then replace($start, '\s+$', '') else $start"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The parts of a register entry and other data-like phrases: plain text, inline unless
       they hold a block. The elements that describe persons and places are such parts wherever
       they stand (a population inside a population, a state outside a register). -->
  <xsl:variable name="fp:entry-part-names" as="xs:string+" select="
      'sex', 'birth', 'death', 'occupation', 'residence', 'floruit', 'faith', 'nationality', 'education',
      'state', 'trait', 'location', 'population', 'climate', 'terrain', 'geo', 'relation', 'langKnowledge',
      'langKnown', 'socecStatus', 'age'"/>

  <xsl:template match="(tei:person | tei:personGrp | tei:place | tei:org | tei:event)[ancestor::tei:text]/*
                       [not(self::tei:note | self::tei:p | self::tei:ab | self::tei:list | self::tei:listPerson
                            | self::tei:listPlace | self::tei:person | self::tei:place | self::tei:org | self::tei:event)]
                       | tei:*[local-name() = $fp:entry-part-names][ancestor::tei:text]" priority="-1">
    <xsl:call-template name="f:lower">
      <xsl:with-param name="role" select="'entry-part'"/>
    </xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
