<?xml version="1.0" encoding="UTF-8"?>
<!-- The templates every driver shares because they produce no markup of their own: what the
     normalising pass (normalize/model.xsl) hid is not output, and a choice shows its one visible
     alternative. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tp="urn:tei-press:normalized"
    exclude-result-prefixes="#all">

  <xsl:template match="tei:*[@tp:hidden = 'true']" priority="10"/>

  <xsl:template match="tei:choice">
    <xsl:apply-templates select="*"/>
  </xsl:template>
</xsl:stylesheet>
