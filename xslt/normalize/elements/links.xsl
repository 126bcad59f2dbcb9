<?xml version="1.0" encoding="UTF-8"?>
<!-- Links, made safe and explicit before any driver sees them: each ref or ptr names one target.
       * several targets in one @target are several links (the content links to the first, the
         others follow as links of their own);
       * #id must name an xml:id of the document, else the link is plain text and a warning;
       * http(s), mailto and ftp stay as they are; doi:… becomes https://doi.org/…;
       * a relative or other target (file:, javascript:, data:…) is never a link: plain text and
         a warning. -->
<xsl:stylesheet version="3.0" default-mode="fp:lower"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns="http://www.tei-c.org/ns/1.0"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tp="urn:tei-press:normalized"
    xmlns:f="urn:tei-press:functions"
    xmlns:fp="urn:tei-press:functions:private"
    exclude-result-prefixes="#all">


  <xsl:key name="fp:id" match="*[@xml:id]" use="@xml:id"/>
  <xsl:key name="fp:link-to" match="tei:ref[@target] | tei:ptr[@target]"
      use="tokenize(normalize-space(@target))[starts-with(., '#')] ! substring(., 2)"/>

  <!-- House elements the PDF driver sets without an id of their own: a link to one of them
       leads to an anchor put at its start. -->
  <xsl:variable name="fp:anchored-names" as="xs:string+" select="
      'p', 'head', 'item', 'label', 'bibl', 'quote', 'q', 'said', 'soCalled', 'hi', 'title', 'emph', 'foreign',
      'term', 'mentioned', 'docTitle', 'titlePart', 'byline', 'docAuthor', 'date', 'sic', 'corr', 'orig', 'reg',
      'author', 'editor', 'publisher', 'pubPlace', 'idno', 'list', 'listBibl'"/>

  <xsl:function name="fp:needs-anchor" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e/self::tei:*[@xml:id][local-name() = $fp:anchored-names][ancestor::tei:text])
        and exists(key('fp:link-to', string($e/@xml:id), root($e)))"/>
  </xsl:function>

  <xsl:function name="fp:anchor-id" as="xs:string">
    <xsl:param name="id" as="xs:string"/>
    <xsl:sequence select="'tp-anchor-' || $id"/>
  </xsl:function>

  <!-- The anchor goes into the first place that holds text: a list's first item. -->
  <xsl:template match="node()[1][parent::*[fp:needs-anchor(.)][not(self::tei:list | self::tei:listBibl)]]
                       | tei:item[1][parent::tei:list[fp:needs-anchor(.)]] | tei:bibl[1][parent::tei:listBibl[fp:needs-anchor(.)]]"
      priority="20">
    <xsl:variable name="anchored" select="if (self::tei:item | self::tei:bibl) then .. else .."/>
    <xsl:choose>
      <xsl:when test="self::tei:item | self::tei:bibl">
        <xsl:copy>
          <xsl:apply-templates select="@*"/>
          <tp:anchor xml:id="{fp:anchor-id(../@xml:id)}"/>
          <xsl:apply-templates/>
        </xsl:copy>
      </xsl:when>
      <xsl:otherwise>
        <tp:anchor xml:id="{fp:anchor-id(../@xml:id)}"/>
        <xsl:next-match/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The target as the drivers may link it, or () when it must not be a link. -->
  <xsl:function name="fp:link-target" as="xs:string?">
    <xsl:param name="target" as="xs:string"/>
    <xsl:param name="context" as="element()"/>
    <xsl:sequence select="
        if (starts-with($target, '#')) then
          (for $e in key('fp:id', substring($target, 2), root($context))[1]
           return if (fp:needs-anchor($e) and exists($e/node())) then '#' || fp:anchor-id($e/@xml:id) else $target)
        else if (matches($target, '^(https?|ftp)://[^\s]+$', 'i') or matches($target, '^mailto:[^\s]+$', 'i')) then $target
        else if (matches($target, '^doi:', 'i')) then 'https://doi.org/' || substring($target, 5)
        else ()"/>
  </xsl:function>

  <xsl:function name="fp:targets" as="xs:string*">
    <xsl:param name="link" as="element()"/>
    <xsl:sequence select="tokenize(normalize-space(($link/@target, $link/@url)[1]))"/>
  </xsl:function>

  <xsl:template match="(tei:ref | tei:ptr)[ancestor::tei:text]">
    <xsl:variable name="targets" select="fp:targets(.)"/>
    <xsl:variable name="context" select="."/>
    <xsl:for-each select="$targets[not(exists(fp:link-target(., $context)))]">
      <xsl:message select="'link target ' || . || ' in ' || local-name($context) || ' at /' || string-join(for $a in $context/ancestor-or-self::* return local-name($a) || '[' || (count($a/preceding-sibling::*[node-name() eq node-name($a)]) + 1) || ']', '/')
          || (if (starts-with(., '#')) then ' names no xml:id in the document' else ' is not a web address')
          || '; it is shown as text'"/>
    </xsl:for-each>
    <xsl:choose>
      <xsl:when test="self::tei:ptr">
        <xsl:for-each select="$targets">
          <xsl:if test="position() gt 1">
            <xsl:call-template name="f:gen"><xsl:with-param name="text" select="', '"/></xsl:call-template>
          </xsl:if>
          <xsl:call-template name="fp:link">
            <xsl:with-param name="target" select="."/>
            <xsl:with-param name="source" select="$context"/>
            <xsl:with-param name="content" select="()"/>
          </xsl:call-template>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="fp:link">
          <xsl:with-param name="target" select="$targets[1]"/>
          <xsl:with-param name="source" select="."/>
          <xsl:with-param name="content" select="node()"/>
        </xsl:call-template>
        <xsl:if test="count($targets) gt 1">
          <xsl:call-template name="f:gen"><xsl:with-param name="text" select="' ('"/></xsl:call-template>
          <xsl:for-each select="tail($targets)">
            <xsl:if test="position() gt 1">
              <xsl:call-template name="f:gen"><xsl:with-param name="text" select="', '"/></xsl:call-template>
            </xsl:if>
            <xsl:call-template name="fp:link">
              <xsl:with-param name="target" select="."/>
              <xsl:with-param name="source" select="$context"/>
              <xsl:with-param name="content" select="()"/>
            </xsl:call-template>
          </xsl:for-each>
          <xsl:call-template name="f:gen"><xsl:with-param name="text" select="')'"/></xsl:call-template>
        </xsl:if>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- One link: a house ptr (showing its target) when it has no content, else a house ref;
       plain text when the target cannot be linked. -->
  <xsl:template name="fp:link">
    <xsl:param name="target" as="xs:string?"/>
    <xsl:param name="source" as="element()"/>
    <xsl:param name="content" as="node()*"/>
    <xsl:variable name="linked" select="if (exists($target)) then fp:link-target($target, $source) else ()"/>
    <xsl:variable name="has-content" select="exists($content[self::* or normalize-space()])"/>
    <xsl:choose>
      <xsl:when test="exists($linked) and $has-content">
        <ref target="{$linked}">
          <xsl:apply-templates select="$source/@xml:id | $source/@xml:lang"/>
          <xsl:apply-templates select="$content"/>
        </ref>
      </xsl:when>
      <xsl:when test="exists($linked) and starts-with($linked, '#')">
        <ref target="{$linked}"><xsl:value-of select="$target"/></ref>
      </xsl:when>
      <xsl:when test="exists($linked)">
        <ptr target="{$linked}"/>
      </xsl:when>
      <xsl:otherwise>
        <tp:inline role="ref">
          <xsl:apply-templates select="$source/@xml:id | $source/@xml:lang"/>
          <xsl:choose>
            <xsl:when test="$has-content">
              <xsl:apply-templates select="$content"/>
            </xsl:when>
            <xsl:otherwise>
              <xsl:value-of select="$target"/>
            </xsl:otherwise>
          </xsl:choose>
        </tp:inline>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
