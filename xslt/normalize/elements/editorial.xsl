<?xml version="1.0" encoding="UTF-8"?>
<!-- Editorial markup, shown with the signs of the convention the parameter editorial-signs
     names (elements/strings.xml): supplied text in brackets, gaps as […], deletions struck
     through, additions, surplus, expansions. The alternatives of a choice are left to the
     shared rule (normalize/model.xsl), which hides the readings a reader does not see. -->
<xsl:stylesheet version="3.0" default-mode="fp:lower"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns="http://www.tei-c.org/ns/1.0"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tp="urn:tei-press:normalized"
    xmlns:f="urn:tei-press:functions"
    xmlns:fp="urn:tei-press:functions:private"
    exclude-result-prefixes="#all">


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

  <xsl:template match="tei:supplied[ancestor::tei:text][not(parent::tei:choice)] | tei:unclear[ancestor::tei:text][not(parent::tei:choice)] | tei:add[ancestor::tei:text][not(parent::tei:choice)]
                       | tei:del[ancestor::tei:text][not(parent::tei:choice)] | tei:surplus[ancestor::tei:text][not(parent::tei:choice)] | tei:ex[ancestor::tei:text][not(parent::tei:choice)]
                       | tei:damage[ancestor::tei:text][not(parent::tei:choice)]">
    <xsl:call-template name="fp:signed-inline"/>
  </xsl:template>

  <!-- A gap of a counted number of letters is shown letter by letter where the convention has a
       sign for one letter (Leiden: [...] lost, ... illegible); otherwise, and for a gap of
       unknown or large extent, by the convention's gap sign. -->
  <xsl:template match="tei:gap[ancestor::tei:text][not(parent::tei:choice)]">
    <xsl:variable name="letters" select="if (@unit = ('character', 'chars', 'letter') and @quantity castable as xs:integer)
                                         then xs:integer(@quantity)[. ge 1 and . le 20] else ()"/>
    <xsl:variable name="counted" select="if (@reason = 'illegible') then 'gap-illegible-counted' else 'gap-counted'"/>
    <tp:inline role="gap">
      <xsl:apply-templates select="@xml:id"/>
      <xsl:call-template name="f:gen">
        <xsl:with-param name="text" select="
            if (exists($letters) and f:has-editorial-sign($counted) and f:has-editorial-sign('gap-letter'))
            then string-join(f:editorial-signs($counted), string-join((1 to $letters) ! f:editorial-signs('gap-letter')[1]))
            else string-join(f:editorial-signs('gap'))"/>
      </xsl:call-template>
    </tp:inline>
  </xsl:template>

  <!-- A space the scribe left: marked where the convention has a sign for it (Leiden: vac.). -->
  <xsl:template match="tei:space[ancestor::tei:text][not(parent::tei:choice)][f:has-editorial-sign('space')]" priority="2">
    <tp:inline role="space">
      <xsl:apply-templates select="@xml:id"/>
      <xsl:call-template name="f:gen">
        <xsl:with-param name="text" select="f:editorial-signs('space')[1]"/>
      </xsl:call-template>
    </tp:inline>
  </xsl:template>

  <!-- Text the editor marks but does not change. -->
  <xsl:template match="tei:abbr[ancestor::tei:text][not(parent::tei:choice)] | tei:expan[ancestor::tei:text][not(parent::tei:choice)] | tei:subst[ancestor::tei:text][not(parent::tei:choice)]
                       | tei:restore[ancestor::tei:text][not(parent::tei:choice)] | tei:am[ancestor::tei:text][not(parent::tei:choice)] | tei:handShift[ancestor::tei:text][not(parent::tei:choice)]
                       | tei:space[ancestor::tei:text][not(parent::tei:choice)] | tei:secl[ancestor::tei:text][not(parent::tei:choice)]">
    <xsl:call-template name="f:lower">
      <xsl:with-param name="kind" select="'inline'"/>
    </xsl:call-template>
  </xsl:template>

</xsl:stylesheet>
