<?xml version="1.0" encoding="UTF-8"?>
<!-- Phrase-level TEI. Script runs become classed spans so that the style sheet can give Latin
     and Cyrillic the Western font inside Chinese text; language changes carry lang/xml:lang. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tp="urn:tei-press:normalized"
    xmlns:f="urn:tei-press:functions"
    xmlns:fp="urn:tei-press:functions:private"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <!-- The quarter-em space between Han and a Western run is spacing, not a character, so that
       the text copies and searches as written ("7月4日"): a reader with CSS text-autospace sets
       it by itself (and drops it where a line breaks); any other reader gets the margins of
       span.qs-before / span.qs-after (see the style sheet). Between a number and its unit
       ("2022年") both stand in span.unit, which the line does not break. -->
  <xsl:template match="tp:run">
    <xsl:variable name="classes" select="string(@script),
        'qs-before'[current()/@tp:space-before = 'quarter'], 'qs-after'[current()/@tp:space-after = 'quarter']"/>
    <xsl:variable name="run" as="element()">
      <span class="{string-join($classes, ' ')}">
        <xsl:apply-templates/>
      </span>
    </xsl:variable>
    <!-- The unit begins the Han text that follows the run in the same element. -->
    <xsl:variable name="unit" select="following-sibling::node()[1][self::text() or self::tp:run[@script = 'hani']]"/>
    <xsl:choose>
      <xsl:when test="@tp:bind-after = 'unit' and exists($unit)">
        <span class="unit">
          <xsl:sequence select="$run"/>
          <span class="hani"><xsl:value-of select="substring($unit, 1, 1)"/></span>
        </span>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="$run"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Han text whose first character is the unit of the number before it: that character
       stands in the number's span.unit. -->
  <xsl:template match="tp:run[@script = 'hani'][preceding-sibling::node()[1][self::tp:run[@tp:bind-after = 'unit']]]">
    <xsl:variable name="rest" select="substring(., 2)"/>
    <xsl:if test="$rest ne ''">
      <span class="hani"><xsl:value-of select="$rest"/></span>
    </xsl:if>
  </xsl:template>

  <xsl:template match="text()[preceding-sibling::node()[1][self::tp:run[@tp:bind-after = 'unit']]]">
    <xsl:value-of select="substring(., 2)"/>
  </xsl:template>

  <!-- Compressed punctuation: a reader with CSS text-spacing-trim compresses it by itself,
       others take the blank half back with a negative margin (see the style sheet). -->
  <xsl:template match="tp:punct[@squeeze = ('start', 'end')]" name="fp:squeezed-mark">
    <xsl:param name="mark" as="xs:string" select="string(.)"/>
    <xsl:param name="squeeze" as="xs:string" select="@squeeze"/>
    <span class="squeeze-{$squeeze}"><xsl:value-of select="$mark"/></span>
  </xsl:template>

  <!-- A generated title bracket, compressed as the normalising pass marked it. -->
  <xsl:template name="fp:title-bracket">
    <xsl:param name="mark" as="xs:string"/>
    <xsl:param name="squeeze" as="attribute()?"/>
    <xsl:choose>
      <xsl:when test="$mark ne '' and exists($squeeze)">
        <xsl:call-template name="fp:squeezed-mark">
          <xsl:with-param name="mark" select="$mark"/>
          <xsl:with-param name="squeeze" select="string($squeeze)"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="$mark"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A span named after the TEI element, for the style sheet to address. -->
  <xsl:template match="tei:pubPlace | tei:publisher | tei:author | tei:editor | tei:date | tei:idno
                       | tei:foreign | tei:docAuthor">
    <span class="{local-name()}">
      <xsl:call-template name="fp:common-attributes"/>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <xsl:template match="tei:bibl">
    <span class="bibl">
      <xsl:call-template name="fp:common-attributes"/>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <xsl:template match="tei:title">
    <cite class="title{@level ! (' title-' || .)}{@tp:rend[. ne 'plain'] ! (' rend-' || .)}">
      <xsl:call-template name="fp:common-attributes"/>
      <xsl:call-template name="fp:title-bracket">
        <xsl:with-param name="mark" select="string(@tp:open)"/>
        <xsl:with-param name="squeeze" select="@tp:open-squeeze"/>
      </xsl:call-template>
      <xsl:apply-templates/>
      <xsl:call-template name="fp:title-bracket">
        <xsl:with-param name="mark" select="string(@tp:close)"/>
        <xsl:with-param name="squeeze" select="@tp:close-squeeze"/>
      </xsl:call-template>
    </cite>
  </xsl:template>

  <!-- Emphasis and highlighting as the normalising pass decided (tp:rend); emph stays em. -->
  <xsl:template match="tei:emph | tei:hi">
    <xsl:variable name="element" select="if (self::tei:emph) then 'em' else map {
        'italic': 'i', 'bold': 'b', 'sup': 'sup', 'sub': 'sub' }(@tp:rend)"/>
    <xsl:element name="{($element, 'span')[1]}" namespace="http://www.w3.org/1999/xhtml">
      <xsl:call-template name="fp:common-attributes"/>
      <xsl:attribute name="class" select="'rend-' || @tp:rend"/>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:term">
    <span class="{local-name()}"><xsl:call-template name="fp:common-attributes"/><xsl:apply-templates/></span>
  </xsl:template>

  <xsl:template match="tei:gi">
    <code class="gi"><xsl:call-template name="fp:common-attributes"/>&lt;<xsl:apply-templates/>&gt;</code>
  </xsl:template>

  <!-- Quotation marks are generated (the normalising pass chose them), not left to the reader's
       q styling, which many e-readers lack. -->
  <xsl:template match="tei:q | tei:quote[not(tei:p)] | tei:mentioned">
    <span class="{local-name()}">
      <xsl:call-template name="fp:common-attributes"/>
      <xsl:value-of select="@tp:open"/>
      <xsl:apply-templates/>
      <xsl:value-of select="@tp:close"/>
    </span>
  </xsl:template>

  <xsl:template match="tei:sic | tei:orig | tei:corr | tei:reg">
    <span class="{local-name()}"><xsl:call-template name="fp:common-attributes"/><xsl:apply-templates/></span>
  </xsl:template>

  <xsl:template match="tei:lb">
    <br/>
  </xsl:template>

  <!-- URLs stay URLs: the text shown is the target itself, with <wbr/> at the break points
       the PDF uses (common/urls.xsl), so a narrow screen does not break it at any character. -->
  <xsl:template match="tei:ptr">
    <a class="url" href="{fp:href(@target, .)}">
      <xsl:call-template name="fp:common-attributes"/>
      <xsl:for-each select="tokenize(f:breakable-url(@target, '&#x200B;'), '&#x200B;')">
        <xsl:if test="position() gt 1"><wbr/></xsl:if>
        <xsl:value-of select="."/>
      </xsl:for-each>
    </a>
  </xsl:template>

  <xsl:template match="tei:ref">
    <a href="{fp:href(@target, .)}">
      <xsl:call-template name="fp:common-attributes"/>
      <xsl:apply-templates/>
    </a>
  </xsl:template>
</xsl:stylesheet>
