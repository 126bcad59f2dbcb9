<?xml version="1.0" encoding="UTF-8"?>
<!-- Manuscript descriptions (msDesc). A description that stands as the text, as a catalogue
     record's does (elements/header.xsl), reads as a record: its identifier is one line (place,
     repository, shelfmark, other numbers, separated), and its contents, physical description,
     history, additional information and parts are divisions headed from strings.xml in the
     language of the description. Anywhere, a set of dimensions reads "220 × 150 mm". The parts
     inside those divisions (items, hands, decoration, bibliography) stay blocks and phrases as
     the generic rules make them. -->
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

  <!-- The sections of a description and the key of their heading in strings.xml. -->
  <xsl:variable name="fp:manuscript-sections" as="map(xs:string, xs:string)" select="map {
      'msContents': 'manuscript-contents', 'physDesc': 'manuscript-physical', 'history': 'manuscript-history',
      'additional': 'manuscript-additional', 'msPart': 'manuscript-part', 'msFrag': 'manuscript-part' }"/>

  <!-- The record's sections are the text's divisions, in the description's language; its
       identifier, first, keeps the description's id. -->
  <xsl:template match="tei:body/tei:msDesc">
    <xsl:apply-templates>
      <xsl:with-param name="description" select="." tunnel="yes"/>
    </xsl:apply-templates>
  </xsl:template>

  <xsl:template match="tei:body/tei:msDesc/tei:msIdentifier | tei:body/tei:msDesc//(tei:msPart | tei:msFrag)/tei:msIdentifier">
    <xsl:param name="description" as="element(tei:msDesc)?" tunnel="yes"/>
    <p>
      <xsl:apply-templates select="(@xml:id, parent::tei:msDesc/@xml:id)[1] | ancestor::tei:msDesc[1]/@xml:lang"/>
      <xsl:apply-templates select="fp:separated(., ', ')"/>
    </p>
  </xsl:template>

  <!-- The parts of an identifier run on in one line, whatever they are. -->
  <xsl:template match="tei:msIdentifier[ancestor::tei:text]/*[not(self::tei:altIdentifier)][not(f:has-element-rule(.))]">
    <xsl:call-template name="f:lower">
      <xsl:with-param name="kind" select="'inline'"/>
      <xsl:with-param name="role" select="'entry-part'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:msIdentifier[ancestor::tei:text]/tei:altIdentifier">
    <xsl:call-template name="f:lower">
      <xsl:with-param name="kind" select="'inline'"/>
      <xsl:with-param name="role" select="'entry-part'"/>
      <xsl:with-param name="content" select="fp:separated(., ', ')"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="(tei:body/tei:msDesc | tei:body/tei:msDesc//(tei:msPart | tei:msFrag))
                       /*[local-name() = map:keys($fp:manuscript-sections)]">
    <div>
      <xsl:apply-templates select="@xml:id | (@xml:lang, ancestor::tei:msDesc[1]/@xml:lang)[1]"/>
      <head>
        <xsl:call-template name="f:gen">
          <xsl:with-param name="text" select="f:element-string($fp:manuscript-sections(local-name()), .)"/>
        </xsl:call-template>
        <xsl:if test="(self::tei:msPart | self::tei:msFrag)/@n">
          <xsl:call-template name="f:gen">
            <xsl:with-param name="text" select="' ' || @n"/>
          </xsl:call-template>
        </xsl:if>
      </head>
      <xsl:apply-templates/>
    </div>
  </xsl:template>

  <!-- An item of a record's contents whose parts are all phrases (where, who, what, how it
       begins and ends) is one paragraph: "fols. 1r–76v. Vita Sancti Honorati. Inc. Cum dyabolus…
       Latin.¹" The labels come from strings.xml; a locus given only by attributes shows them. -->
  <xsl:variable name="fp:item-part-labels" as="map(xs:string, xs:string)" select="map {
      'rubric': 'manuscript-rubric', 'incipit': 'manuscript-incipit', 'explicit': 'manuscript-explicit',
      'finalRubric': 'manuscript-final-rubric', 'colophon': 'manuscript-colophon' }"/>

  <xsl:function name="fp:is-phrase-item" as="xs:boolean">
    <xsl:param name="item" as="element()"/>
    <xsl:sequence select="exists($item/self::tei:msItem[ancestor::tei:msDesc[1]/parent::tei:body]
        [empty(* except (tei:locus | tei:author | tei:title | tei:rubric | tei:incipit | tei:explicit
                         | tei:finalRubric | tei:colophon | tei:textLang | tei:note | tei:bibl
                         | tei:respStmt | tei:editor | tei:idno))])"/>
  </xsl:function>

  <!-- Whether a rule here renders $e, so that the notice of what is rendered generically leaves
       it out (elements/generic.xsl). -->
  <xsl:function name="f:has-manuscript-rule" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="record" select="$e/ancestor-or-self::tei:msDesc[1][parent::tei:body]"/>
    <xsl:sequence select="exists($record) and ($e is $record
            or exists($e/self::tei:msIdentifier | $e/self::tei:altIdentifier | $e/parent::tei:msIdentifier)
            or $e/self::tei:*/local-name() = map:keys($fp:manuscript-sections)
            or fp:is-phrase-item($e)
            or (fp:is-phrase-item($e/parent::*) and $e/local-name() = ('locus', 'textLang', map:keys($fp:item-part-labels))))
        or fp:is-measure($e) or (exists($e/(self::tei:height | self::tei:width | self::tei:depth)) and fp:is-measure($e/..))"/>
  </xsl:function>

  <xsl:template match="tei:msItem[fp:is-phrase-item(.)]">
    <xsl:variable name="parts" select="*[normalize-space() ne '' or exists(self::tei:locus[@from])]"/>
    <xsl:variable name="phrases" select="$parts except $parts[self::tei:note]"/>
    <p>
      <xsl:apply-templates select="@xml:id | @xml:lang"/>
      <xsl:for-each select="$phrases">
        <xsl:variable name="position" select="position()"/>
        <xsl:if test="position() gt 1">
          <xsl:call-template name="f:gen">
            <xsl:with-param name="text" select="if (ends-with(normalize-space($phrases[$position - 1]), '.')) then ' ' else '. '"/>
          </xsl:call-template>
        </xsl:if>
        <xsl:if test="map:contains($fp:item-part-labels, local-name())">
          <xsl:call-template name="f:gen">
            <xsl:with-param name="text" select="f:element-string($fp:item-part-labels(local-name()), .) || ' '"/>
          </xsl:call-template>
        </xsl:if>
        <xsl:choose>
          <xsl:when test="self::tei:locus[normalize-space() eq '']">
            <xsl:call-template name="f:gen">
              <xsl:with-param name="text" select="f:element-string('manuscript-folios', .) || ' ' || @from
                                                  || (if (@to and @to ne @from) then '–' || @to else '')"/>
            </xsl:call-template>
          </xsl:when>
          <!-- The separators replace the white space at the edges of a part ("vesperam ."). -->
          <xsl:when test="f:has-element-rule(.)">
            <xsl:apply-templates select=".">
              <xsl:with-param name="trimmed" tunnel="yes" select="fp:edge-texts(.)"/>
            </xsl:apply-templates>
          </xsl:when>
          <xsl:otherwise>
            <xsl:call-template name="f:lower">
              <xsl:with-param name="kind" select="'inline'"/>
              <xsl:with-param name="role" select="'entry-part'"/>
              <xsl:with-param name="trimmed" tunnel="yes" select="fp:edge-texts(.)"/>
            </xsl:call-template>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
      <xsl:if test="exists($phrases) and not(ends-with(normalize-space($phrases[last()]), '.'))">
        <xsl:call-template name="f:gen">
          <xsl:with-param name="text" select="'.'"/>
        </xsl:call-template>
      </xsl:if>
      <!-- The item's notes are about the item: their marks follow its last phrase. -->
      <xsl:apply-templates select="$parts[self::tei:note]"/>
    </p>
  </xsl:template>

  <!-- Height, width and depth as one measure: "220 × 150 mm". -->
  <xsl:function name="fp:is-measure" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e/self::tei:dimensions[ancestor::tei:text][tei:height | tei:width | tei:depth]
                                 [empty(* except (tei:height | tei:width | tei:depth))])"/>
  </xsl:function>

  <xsl:template match="tei:dimensions[fp:is-measure(.)]">
    <xsl:call-template name="f:lower">
      <xsl:with-param name="kind" select="'inline'"/>
      <xsl:with-param name="role" select="'entry-part'"/>
      <xsl:with-param name="content" as="node()*">
        <!-- Catalogues write "99 fols.<dimensions…": the measure is a word of its own. -->
        <xsl:if test="matches(string(preceding-sibling::node()[1]), '\S$')">
          <tp:gen><xsl:text> </xsl:text></tp:gen>
        </xsl:if>
        <xsl:for-each select="tei:height | tei:width | tei:depth">
          <xsl:if test="position() gt 1">
            <tp:gen> × </tp:gen>
          </xsl:if>
          <xsl:sequence select="."/>
        </xsl:for-each>
        <xsl:if test="@unit">
          <tp:gen><xsl:value-of select="' ' || @unit"/></tp:gen>
        </xsl:if>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
