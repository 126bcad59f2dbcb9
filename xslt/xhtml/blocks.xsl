<?xml version="1.0" encoding="UTF-8"?>
<!-- Paragraphs, lists and block quotations. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tp="urn:tei-press:normalized"
    xmlns:f="urn:tei-press:functions"
    xmlns:fp="urn:tei-press:functions:private"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <!-- HTML paragraphs cannot hold lists; a TEI paragraph that does becomes a div. -->
  <xsl:template match="tei:p">
    <xsl:element name="{if (tei:list | tei:listBibl | tei:quote[tei:p]) then 'div' else 'p'}"
        namespace="http://www.w3.org/1999/xhtml">
      <xsl:attribute name="class" select="'p'"/>
      <xsl:call-template name="fp:common-attributes"/>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:quote[tei:p]">
    <blockquote><xsl:call-template name="fp:common-attributes"/><xsl:apply-templates/></blockquote>
  </xsl:template>

  <xsl:template match="tei:list">
    <xsl:apply-templates select="tei:head"/>
    <xsl:element name="{if (@type = ('ordered', 'numbered')) then 'ol' else if (tei:label) then 'dl' else 'ul'}"
        namespace="http://www.w3.org/1999/xhtml">
      <xsl:attribute name="class" select="string-join(('list', @type), ' ')"/>
      <xsl:call-template name="fp:common-attributes"/>
      <xsl:apply-templates select="* except tei:head"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:list/tei:head | tei:listBibl/tei:head">
    <p class="list-head"><xsl:call-template name="fp:common-attributes"/><xsl:apply-templates/></p>
  </xsl:template>

  <!-- The label the model gave an item is text, set before it; only a bullet is left to the
       list's own marker. -->
  <xsl:template match="tei:item">
    <xsl:element name="{if (../tei:label) then 'dd' else 'li'}" namespace="http://www.w3.org/1999/xhtml">
      <xsl:if test="@tp:label-kind = ('n', 'number', 'none') and empty(../tei:label)">
        <xsl:attribute name="class" select="'tp-labelled'"/>
      </xsl:if>
      <xsl:call-template name="fp:common-attributes"/>
      <xsl:if test="@tp:label-kind = ('n', 'number')">
        <span class="tp-item-label"><xsl:value-of select="@tp:label"/></span>
        <xsl:text> </xsl:text>
      </xsl:if>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:list/tei:label">
    <dt><xsl:call-template name="fp:common-attributes"/><xsl:apply-templates/></dt>
  </xsl:template>

  <xsl:template match="tei:label">
    <span class="label"><xsl:call-template name="fp:common-attributes"/><xsl:apply-templates/></span>
  </xsl:template>

  <xsl:template match="tei:listBibl">
    <xsl:apply-templates select="tei:head"/>
    <ul class="listBibl">
      <xsl:call-template name="fp:common-attributes"/>
      <xsl:for-each select="tei:bibl">
        <li><xsl:apply-templates select="."/></li>
      </xsl:for-each>
    </ul>
  </xsl:template>
</xsl:stylesheet>
