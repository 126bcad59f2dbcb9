<?xml version="1.0" encoding="UTF-8"?>
<!-- The last resort of both drivers: an element no template knows, in any namespace, is never
     dropped. The normalising pass lowers every element of the text it has no rule for to the
     generic model (normalize/elements/generic.xsl), and says so once per element name; what
     still reaches a driver unknown (a header part a driver shows, a rule that falls behind)
     renders its content through f:generic-element, which each driver's generic.xsl defines:
     a block where it stands among blocks, else inline. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:tei-press:functions"
    exclude-result-prefixes="#all">

  <xsl:template match="*" priority="-10">
    <xsl:call-template name="f:generic-element"/>
  </xsl:template>

  <!-- Overridden by the driver's generic.xsl; the content alone is valid in any output. -->
  <xsl:template name="f:generic-element">
    <xsl:apply-templates/>
  </xsl:template>
</xsl:stylesheet>
