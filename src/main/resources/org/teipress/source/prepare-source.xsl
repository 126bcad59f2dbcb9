<?xml version="1.0" encoding="UTF-8"?>
<!-- Makes any TEI P5 source regular enough for the stylesheets, before normalize.xsl sees it.
     Mode corpus: a teiCorpus becomes one TEI whose body has a part-level div per member
     (head = the member's title, then the member's front, body and back), keeping every member's
     text and language. Mode complete: what the header lacks and the outputs need (the main
     language, an identifier, a publication date) is added, computed by the Java side; nothing
     present is changed. Elements this adds carry @resp="#tei-press". -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns="http://www.tei-c.org/ns/1.0"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <!-- Main language to set on TEI when it has no xml:lang; empty: leave it. -->
  <xsl:param name="language" as="xs:string" select="''"/>
  <!-- Identifier to add to publicationStmt when it has no idno; empty: none to add. -->
  <xsl:param name="identifier" as="xs:string" select="''"/>
  <!-- YYYY-MM-DD to add as publicationStmt's first date when it has none in that form; empty: none. -->
  <xsl:param name="date" as="xs:string" select="''"/>

  <xsl:mode name="corpus" on-no-match="shallow-copy"/>
  <xsl:mode name="complete" on-no-match="shallow-copy"/>

  <!-- corpus -->

  <xsl:template match="/teiCorpus" mode="corpus">
    <TEI>
      <xsl:copy-of select="@* except @xml:id"/>
      <xsl:copy-of select="teiHeader"/>
      <text>
        <body>
          <xsl:apply-templates select="TEI | teiCorpus" mode="corpus-member"/>
        </body>
      </text>
    </TEI>
  </xsl:template>

  <xsl:template match="TEI | teiCorpus" mode="corpus-member">
    <div type="part">
      <xsl:copy-of select="(@xml:lang, text/@xml:lang)[1]"/>
      <head>
        <xsl:variable name="title" select="teiHeader/fileDesc/titleStmt/title[normalize-space()][1]"/>
        <xsl:copy-of select="if ($title) then $title/node() else string(position())"/>
      </head>
      <xsl:apply-templates select="text/(front | body | back | group)/node()
                                   | TEI | teiCorpus" mode="corpus-nested"/>
    </div>
  </xsl:template>

  <xsl:template match="TEI | teiCorpus" mode="corpus-nested">
    <xsl:apply-templates select="." mode="corpus-member"/>
  </xsl:template>

  <xsl:template match="node() | @*" mode="corpus-nested">
    <xsl:copy-of select="."/>
  </xsl:template>

  <!-- complete -->

  <xsl:template match="/TEI" mode="complete">
    <xsl:copy>
      <xsl:if test="$language and not(normalize-space(@xml:lang))">
        <xsl:attribute name="xml:lang" select="$language"/>
      </xsl:if>
      <xsl:apply-templates select="@* except @xml:lang[not(normalize-space())]" mode="complete"/>
      <xsl:if test="not(teiHeader)">
        <teiHeader>
          <fileDesc>
            <xsl:call-template name="publication-statement"/>
          </fileDesc>
        </teiHeader>
      </xsl:if>
      <xsl:apply-templates mode="complete"/>
    </xsl:copy>
  </xsl:template>

  <xsl:template match="/TEI/teiHeader[not(fileDesc)]" mode="complete">
    <xsl:copy>
      <xsl:apply-templates select="@*" mode="complete"/>
      <fileDesc>
        <xsl:call-template name="publication-statement"/>
      </fileDesc>
      <xsl:apply-templates mode="complete"/>
    </xsl:copy>
  </xsl:template>

  <xsl:template match="/TEI/teiHeader/fileDesc[not(publicationStmt)]" mode="complete">
    <xsl:copy>
      <xsl:apply-templates select="@* | node()" mode="complete"/>
      <xsl:call-template name="publication-statement"/>
    </xsl:copy>
  </xsl:template>

  <xsl:template match="/TEI/teiHeader/fileDesc/publicationStmt" mode="complete">
    <xsl:copy>
      <xsl:apply-templates select="@*" mode="complete"/>
      <xsl:call-template name="added-facts"/>
      <xsl:apply-templates mode="complete"/>
    </xsl:copy>
  </xsl:template>

  <xsl:template name="publication-statement">
    <publicationStmt>
      <xsl:call-template name="added-facts"/>
    </publicationStmt>
  </xsl:template>

  <xsl:template name="added-facts">
    <xsl:if test="$date">
      <date when="{$date}" resp="#tei-press"/>
    </xsl:if>
    <xsl:if test="$identifier">
      <idno type="tei-press" resp="#tei-press"><xsl:value-of select="$identifier"/></idno>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
