<?xml version="1.0" encoding="UTF-8"?>
<!-- The reference list (参考文献) after the text and the notes: the works the notes cite
     (f:reference-list in common/references.xsl), grouped by language with Chinese sources
     first, numbered [1], [2] … with a hanging number, each followed by links to the notes that
     cite it. It has an outline entry of its own. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tp="urn:tei-press:normalized"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:fox="http://xmlgraphics.apache.org/fop/extensions"
    xmlns:f="urn:tei-press:functions"
    xmlns:fp="urn:tei-press:functions:private"
    exclude-result-prefixes="#all">

  <!-- The id of the list's heading, the target of its outline entry. -->
  <xsl:variable name="fp:references-id" as="xs:string" select="'tp-references'"/>

  <xsl:template name="f:references">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:variable name="references" select="f:reference-list(root($tei))"/>
    <xsl:if test="exists($references)">
      <xsl:variable name="lang" select="f:lang($tei)"/>
      <!-- On a page of its own, under its own running head, not under the last section's notes. -->
      <fo:block id="{$fp:references-id}" font-weight="bold" font-size="{$section-font-size}" break-before="page"
          space-after="0.8em" keep-with-next.within-page="always" role="H1" text-align="start"
          font-family="{f:role-font('heading', if (f:in-cjk-context($tei)) then 'hani' else 'latn')}">
        <fo:marker marker-class-name="{$f:section-marker}">
          <xsl:value-of select="f:gentext('references', $lang)"/>
        </fo:marker>
        <xsl:value-of select="f:gentext('references', $lang)"/>
      </fo:block>
      <xsl:for-each-group select="$references" group-adjacent="string(@group)">
        <xsl:if test="current-grouping-key() ne ''">
          <fo:block font-weight="bold" space-before="0.6em" space-after="0.4em" keep-with-next.within-page="always"
              role="H2" text-align="start"
              font-family="{f:role-font('heading', if (f:in-cjk-context($tei)) then 'hani' else 'latn')}">
            <xsl:value-of select="f:gentext(current-grouping-key(), $lang)"/>
          </fo:block>
        </xsl:if>
        <xsl:apply-templates select="current-group()">
          <xsl:with-param name="lang" select="$lang"/>
          <xsl:with-param name="source" select="root($tei)" tunnel="yes"/>
        </xsl:apply-templates>
      </xsl:for-each-group>
    </xsl:if>
  </xsl:template>

  <!-- Set like a footnote (size, hanging number), but ragged: nearly every entry ends in a long
       URL, and justifying the line before it would spread the Han characters apart. -->
  <xsl:template match="tp:reference">
    <xsl:param name="lang" as="xs:string"/>
    <xsl:variable name="bibl" select="tei:bibl"/>
    <fo:list-block font-size="{$footnote-font-size}" line-height="{$footnote-line-height}"
        provisional-distance-between-starts="2.6em" provisional-label-separation="0.3em"
        letter-spacing="0pt" space-after="0.8mm" keep-together.within-page="always">
      <fo:list-item>
        <fo:list-item-label end-indent="label-end()">
          <!-- The block in the entry's font, the number in the Western one: the line then has
               the entry's ascent, and "[n]" stands on the entry's baseline, not 1 pt above it. -->
          <fo:block font-family="{f:font-for($bibl)}">
            <fo:inline font-family="{$western-font}">[<xsl:value-of select="position()"/>]</fo:inline>
          </fo:block>
        </fo:list-item-label>
        <fo:list-item-body start-indent="body-start()">
          <fo:block text-align="start" font-family="{f:font-for($bibl)}">
            <xsl:call-template name="f:fo-language">
              <xsl:with-param name="lang" select="f:lang($bibl)"/>
            </xsl:call-template>
            <xsl:call-template name="f:hyphenation">
              <xsl:with-param name="block" select="$bibl"/>
            </xsl:call-template>
            <xsl:apply-templates select="$bibl"/>
            <fo:inline font-family="{$han-font}" xml:lang="{$lang}">
              <xsl:value-of select="' ' || f:gentext('cited-by-page', $lang)"/>
              <xsl:for-each select="tp:cited-by">
                <xsl:if test="position() gt 1">
                  <xsl:value-of select="f:gentext('list-separator', $lang)"/>
                </xsl:if>
                <xsl:apply-templates select=".">
                  <xsl:with-param name="lang" select="$lang"/>
                </xsl:apply-templates>
              </xsl:for-each>
            </fo:inline>
          </fo:block>
        </fo:list-item-body>
      </fo:list-item>
    </fo:list-block>
  </xsl:template>

  <!-- A citing note as page and mark ("第4页注②"), linked to the note at the foot of its page:
       note numbers restart on every page, so the mark alone would not say which note. -->
  <xsl:template match="tp:cited-by">
    <xsl:param name="lang" as="xs:string"/>
    <xsl:param name="source" as="document-node()" tunnel="yes"/>
    <xsl:variable name="note" select="key('fp:note-by-id', @note, $source)"/>
    <fo:basic-link internal-destination="{@note}" fox:alt-text="{f:gentext('notes', $lang)} {fp:mark($note)}"
        keep-together.within-line="always">
      <xsl:variable name="cjk" select="f:is-cjk-lang($lang)"/>
      <xsl:variable name="neighbour" select="if ($cjk) then '(.?)' else '()'"/>
      <xsl:analyze-string select="f:gentext('page-note', $lang)"
          regex="{$neighbour || '\{page\}' || $neighbour || '|\{mark\}'}">
        <xsl:matching-substring>
          <xsl:choose>
            <xsl:when test="contains(., '{page}')">
              <!-- Digits between Han characters take quarter-em spaces, as everywhere. The
                   number is a page-number-citation, an area of its own: the Han characters on
                   either side share the spaces' inline and font, so that each space lies in
                   text the inline's /ActualText can carry (see fp:western-run). -->
              <fo:inline font-family="{$han-font}">
                <xsl:if test="$cjk">
                  <xsl:attribute name="word-spacing" select="$han-quarter-space-adjustment"/>
                  <xsl:attribute name="fox:abbreviation" select="$quarter-space-marker"/>
                </xsl:if>
                <xsl:value-of select="regex-group(1)"/>
                <xsl:if test="$cjk and regex-group(1) ne ''">
                  <xsl:text> </xsl:text>
                </xsl:if>
                <fo:inline font-family="{$western-font}" letter-spacing="0pt">
                  <fo:page-number-citation ref-id="{fp:mark-id($note)}"/>
                </fo:inline>
                <xsl:if test="$cjk and regex-group(2) ne ''">
                  <xsl:text> </xsl:text>
                </xsl:if>
                <xsl:value-of select="regex-group(2)"/>
              </fo:inline>
            </xsl:when>
            <xsl:otherwise>
              <xsl:value-of select="fp:mark($note)"/>
            </xsl:otherwise>
          </xsl:choose>
        </xsl:matching-substring>
        <xsl:non-matching-substring>
          <xsl:value-of select="."/>
        </xsl:non-matching-substring>
      </xsl:analyze-string>
    </fo:basic-link>
  </xsl:template>

  <xsl:key name="fp:note-by-id" match="tei:note" use="@xml:id"/>

  <xsl:template name="f:references-bookmark">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:if test="exists(f:reference-list(root($tei)))">
      <fo:bookmark internal-destination="{$fp:references-id}">
        <fo:bookmark-title><xsl:value-of select="f:gentext('references', f:lang($tei))"/></fo:bookmark-title>
      </fo:bookmark>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
