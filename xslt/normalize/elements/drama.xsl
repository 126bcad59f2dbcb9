<?xml version="1.0" encoding="UTF-8"?>
<!-- Drama: speeches with their speaker, stage directions (a block between speeches, a phrase
     inside a line), the cast list with its groups, roles and role descriptions, the setting. -->
<xsl:stylesheet version="3.0" default-mode="fp:lower"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns="http://www.tei-c.org/ns/1.0"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tp="urn:tei-press:normalized"
    xmlns:f="urn:tei-press:functions"
    xmlns:fp="urn:tei-press:functions:private"
    exclude-result-prefixes="#all">


  <xsl:template match="tei:sp[ancestor::tei:text]">
    <xsl:call-template name="f:lower">
      <xsl:with-param name="kind" select="'block'"/>
      <xsl:with-param name="role" select="'speech'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:speaker[ancestor::tei:text] | tei:castList[ancestor::tei:text]
                       | tei:castGroup[ancestor::tei:text] | tei:castItem[ancestor::tei:text]">
    <xsl:call-template name="f:lower">
      <xsl:with-param name="kind" select="'block'"/>
      <xsl:with-param name="role" select="lower-case(replace(local-name(), '([a-z])([A-Z])', '$1-$2'))"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:stage[ancestor::tei:text] | tei:set[ancestor::tei:text] | tei:move[ancestor::tei:text]">
    <xsl:call-template name="f:lower"/>
  </xsl:template>

  <xsl:template match="tei:role[ancestor::tei:text] | tei:actor[ancestor::tei:text]">
    <xsl:call-template name="f:lower">
      <xsl:with-param name="kind" select="'inline'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:roleDesc[ancestor::tei:text]">
    <xsl:call-template name="f:lower">
      <xsl:with-param name="kind" select="'inline'"/>
      <xsl:with-param name="role" select="'role-desc'"/>
    </xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
