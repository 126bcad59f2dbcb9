<?xml version="1.0" encoding="UTF-8"?>
<!-- The validation gate's entry to common/plain-text.xsl: the functions it calls on the
     normalised tree to learn what the reader must see (check/ReaderText.java). It adds no rule. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    exclude-result-prefixes="#all">

  <xsl:import href="common/plain-text.xsl"/>
</xsl:stylesheet>
