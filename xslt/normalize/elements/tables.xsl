<?xml version="1.0" encoding="UTF-8"?>
<!-- Tables: rows and cells with their role (label = header cell) and spans, the table heading as
     a numbered caption ("Table 1. …"). Leading label rows are the header the drivers repeat on
     every page. Breaks between rows carry no text and are left out.

       <tp:table xml:id="…" columns="3">
         <tp:caption><tp:gen>Table 1. </tp:gen>…</tp:caption>
         <tp:row role="label|data"><tp:cell role="label|data" rows="2" cols="1">…</tp:cell>…</tp:row>
       </tp:table> -->
<xsl:stylesheet version="3.0" default-mode="fp:lower"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns="http://www.tei-c.org/ns/1.0"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tp="urn:tei-press:normalized"
    xmlns:f="urn:tei-press:functions"
    xmlns:fp="urn:tei-press:functions:private"
    exclude-result-prefixes="#all">


  <xsl:accumulator name="fp:table-count" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="tei:text//tei:table[tei:head]" select="$value + 1"/>
  </xsl:accumulator>

  <xsl:template match="tei:table[ancestor::tei:text]">
    <tp:table columns="{max((for $r in tei:row return sum($r/tei:cell/fp:span(@cols)), 1))}">
      <xsl:apply-templates select="@xml:id | @xml:lang | @tp:line | @tp:column"/>
      <xsl:if test="tei:head">
        <tp:caption>
          <xsl:call-template name="f:gen">
            <xsl:with-param name="text" select="f:element-string('table', .) || ' '
                || accumulator-after('fp:table-count') || f:element-string('caption-separator', .)"/>
            <xsl:with-param name="role" select="'label'"/>
          </xsl:call-template>
          <xsl:apply-templates select="tei:head[1]/node()"/>
        </tp:caption>
      </xsl:if>
      <xsl:apply-templates select="tei:row"/>
      <!-- Whatever else a table holds (notes, a second heading) follows it. -->
      <xsl:apply-templates select="* except (tei:head[1], tei:row, tei:pb, tei:cb, tei:lb, tei:milestone)"/>
    </tp:table>
  </xsl:template>

  <xsl:function name="fp:span" as="xs:integer">
    <xsl:param name="value" as="attribute()?"/>
    <xsl:sequence select="if ($value castable as xs:integer and xs:integer($value) gt 0) then xs:integer($value) else 1"/>
  </xsl:function>

  <xsl:template match="tei:table[ancestor::tei:text]/tei:row">
    <tp:row role="{if (@role = 'label' or (tei:cell and empty(tei:cell[not(@role = 'label')]))) then 'label' else 'data'}">
      <xsl:apply-templates select="@xml:id | @xml:lang | @tp:line | @tp:column"/>
      <xsl:apply-templates select="tei:cell"/>
      <!-- Rows short of cells are filled up: every row of a tagged table has all its columns. -->
      <xsl:variable name="columns" select="max((for $r in ../tei:row return sum($r/tei:cell/fp:span(@cols)), 1))"/>
      <xsl:variable name="covered" select="sum(for $c in preceding-sibling::tei:row/tei:cell[fp:span(@rows) gt 1]
          return if (fp:span($c/@rows) gt count($c/../following-sibling::tei:row[. &lt;&lt; current()]) + 1) then fp:span($c/@cols) else 0)"/>
      <xsl:for-each select="1 to xs:integer($columns - $covered - sum(tei:cell/fp:span(@cols)))">
        <tp:cell role="data" rows="1" cols="1"/>
      </xsl:for-each>
    </tp:row>
  </xsl:template>

  <xsl:template match="tei:table[ancestor::tei:text]/tei:row/tei:cell">
    <tp:cell role="{if (@role = 'label' or ../@role = 'label') then 'label' else 'data'}"
        rows="{fp:span(@rows)}" cols="{fp:span(@cols)}">
      <xsl:apply-templates select="@xml:id | @xml:lang | @tp:line | @tp:column"/>
      <xsl:apply-templates/>
    </tp:cell>
  </xsl:template>
</xsl:stylesheet>
