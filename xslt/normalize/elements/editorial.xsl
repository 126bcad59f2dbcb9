<?xml version="1.0" encoding="UTF-8"?>
<!-- Editorial markup, shown with the signs of the convention the parameter editorial-signs
     names (elements/strings.xml): supplied text in brackets, gaps as […], deletions struck
     through, additions, surplus, expansions. A choice shows the reading a reader wants: the
     correction, the regularisation, the expansion; choices of sic/corr and orig/reg are the
     drivers' own (house vocabulary) unless the Leiden signs mark the correction. -->
<xsl:stylesheet version="3.0" default-mode="fp:lower"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tp="urn:tei-press:normalized"
    xmlns:f="urn:tei-press:functions"
    xmlns:fp="urn:tei-press:functions:private"
    exclude-result-prefixes="#all">

  <xsl:import href="model.xsl"/>

  <!-- An inline with the convention's signs around its content. -->
  <xsl:template name="fp:signed-inline">
    <xsl:param name="key" as="xs:string" select="local-name()"/>
    <xsl:param name="content" as="node()*" select="node()"/>
    <xsl:variable name="signs" select="f:editorial-signs($key)"/>
    <tp:inline role="{$key}">
      <xsl:apply-templates select="@xml:id | @xml:lang"/>
      <xsl:if test="@place"><xsl:attribute name="place" select="@place"/></xsl:if>
      <xsl:call-template name="f:gen"><xsl:with-param name="text" select="$signs[1]"/></xsl:call-template>
      <xsl:apply-templates select="$content"/>
      <xsl:call-template name="f:gen"><xsl:with-param name="text" select="$signs[2]"/></xsl:call-template>
    </tp:inline>
  </xsl:template>

  <xsl:template match="tei:supplied[ancestor::tei:text] | tei:unclear[ancestor::tei:text] | tei:add[ancestor::tei:text]
                       | tei:del[ancestor::tei:text] | tei:surplus[ancestor::tei:text] | tei:ex[ancestor::tei:text]
                       | tei:damage[ancestor::tei:text]">
    <xsl:call-template name="fp:signed-inline"/>
  </xsl:template>

  <xsl:template match="tei:gap[ancestor::tei:text]">
    <tp:inline role="gap">
      <xsl:apply-templates select="@xml:id"/>
      <xsl:call-template name="f:gen">
        <xsl:with-param name="text" select="string-join(f:editorial-signs('gap'))"/>
      </xsl:call-template>
    </tp:inline>
  </xsl:template>

  <!-- Text the editor marks but does not change. -->
  <xsl:template match="tei:abbr[ancestor::tei:text] | tei:expan[ancestor::tei:text] | tei:subst[ancestor::tei:text]
                       | tei:restore[ancestor::tei:text] | tei:am[ancestor::tei:text] | tei:handShift[ancestor::tei:text]
                       | tei:space[ancestor::tei:text] | tei:secl[ancestor::tei:text]">
    <xsl:call-template name="f:lower">
      <xsl:with-param name="kind" select="'inline'"/>
    </xsl:call-template>
  </xsl:template>

  <!-- A choice the drivers do not read themselves: the expansion, else the first alternative.
       Under the Leiden convention a correction is marked too. -->
  <xsl:template match="tei:choice[ancestor::tei:text][not(tei:corr | tei:reg) or $editorial-signs eq 'leiden']">
    <xsl:variable name="shown" select="(tei:corr, tei:reg, tei:expan, tei:seg, *)[1]"/>
    <xsl:choose>
      <xsl:when test="$shown/self::tei:corr">
        <xsl:for-each select="$shown">
          <xsl:call-template name="fp:signed-inline">
            <xsl:with-param name="key" select="'corr'"/>
          </xsl:call-template>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise>
        <tp:inline role="choice">
          <xsl:apply-templates select="@xml:id | @xml:lang"/>
          <xsl:apply-templates select="$shown"/>
        </tp:inline>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
