<?xml version="1.0" encoding="UTF-8"?>
<!-- Input no template knows is an error, never silently dropped. The project schema rejects
     such documents first; this catches a stylesheet that falls behind the schema. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:tei-press:functions"
    exclude-result-prefixes="#all">

  <xsl:template match="tei:*" priority="-10">
    <xsl:message terminate="yes" error-code="f:unsupported-element"
        select="'Element tei:' || local-name() || ' at ' || path() || ' is not supported by this stylesheet.'"/>
  </xsl:template>
</xsl:stylesheet>
