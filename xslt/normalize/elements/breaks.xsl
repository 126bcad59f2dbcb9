<?xml version="1.0" encoding="UTF-8"?>
<!-- Page, column and line breaks of the source, and milestones. A page or column number is kept
     as tp:source-page (the drivers show it bracketed or in the margin, parameter source-pages);
     lb breaks the line only where the genre needs it (parameter line-breaks), and is otherwise
     the word space it stands for. Breaks carry no text: where one cannot stand (between the
     items of a list, the rows of a table) the element rules move or drop it. -->
<xsl:stylesheet version="3.0" default-mode="fp:lower"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns="http://www.tei-c.org/ns/1.0"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tp="urn:tei-press:normalized"
    xmlns:f="urn:tei-press:functions"
    xmlns:fp="urn:tei-press:functions:private"
    exclude-result-prefixes="#all">


  <xsl:template match="tei:pb[ancestor::tei:text] | tei:cb[ancestor::tei:text]">
    <xsl:choose>
      <xsl:when test="normalize-space(@n) ne '' and $source-pages ne 'none'">
        <tp:source-page kind="{if (self::tei:pb) then 'page' else 'column'}" n="{normalize-space(@n)}"
            display="{$source-pages}">
          <xsl:apply-templates select="@xml:id"/>
          <xsl:call-template name="fp:break-content"/>
        </tp:source-page>
      </xsl:when>
      <xsl:when test="@xml:id">
        <tp:anchor><xsl:apply-templates select="@xml:id"/></tp:anchor>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- What a break shows. Bracketed: "[12]", "[col. 2]" where the break stands. In the margin:
       the bare number (tp:gen role="margin", set beside the line and not part of its text), and
       for a page or column break inside a line of text a "|" where the line is divided
       (role="break-mark"); a milestone, or a break that begins or ends a block or stands
       between blocks, divides no line. -->
  <xsl:template name="fp:break-content">
    <xsl:call-template name="f:gen">
      <xsl:with-param name="text" select="fp:break-label(.)"/>
      <xsl:with-param name="role" select="if ($source-pages eq 'margin') then 'margin' else ()"/>
    </xsl:call-template>
    <xsl:if test="$source-pages eq 'margin' and (self::tei:pb | self::tei:cb) and exists(../text()[normalize-space()])
                  and exists(preceding-sibling::node()[normalize-space()]) and exists(following-sibling::node()[normalize-space()])">
      <xsl:call-template name="f:gen">
        <xsl:with-param name="text" select="'|'"/>
        <xsl:with-param name="role" select="'break-mark'"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- "[12]", "[col. 2]" in the text; the bare number in the margin. -->
  <xsl:function name="fp:break-label" as="xs:string">
    <xsl:param name="break" as="element()"/>
    <xsl:variable name="n" select="normalize-space($break/@n)"/>
    <xsl:variable name="number" select="if ($break/self::tei:cb) then f:element-string('column', $break) || ' ' || $n
        else if ($break/self::tei:milestone[not(@unit = ('page', 'folio'))]) then $n else $n"/>
    <xsl:sequence select="if ($source-pages eq 'margin') then $number else '[' || $number || ']'"/>
  </xsl:function>

  <!-- A numbered milestone (a section of a classical text) is shown like a page number; an
       unnumbered one between blocks is a section break, shown as a centred separator. -->
  <xsl:template match="tei:milestone[ancestor::tei:text]">
    <xsl:choose>
      <xsl:when test="normalize-space(@n) ne '' and $source-pages ne 'none'">
        <tp:source-page kind="milestone" unit="{@unit}" n="{normalize-space(@n)}" display="{$source-pages}">
          <xsl:apply-templates select="@xml:id"/>
          <xsl:call-template name="fp:break-content"/>
        </tp:source-page>
      </xsl:when>
      <xsl:when test="empty(@n) and empty(../text()[normalize-space()])">
        <tp:block role="separator">
          <xsl:apply-templates select="@xml:id"/>
          <xsl:call-template name="f:gen">
            <xsl:with-param name="text" select="'*&#x2003;*&#x2003;*'"/>
          </xsl:call-template>
        </tp:block>
      </xsl:when>
      <xsl:when test="@xml:id">
        <tp:anchor><xsl:apply-templates select="@xml:id"/></tp:anchor>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:lb[ancestor::tei:text]">
    <xsl:choose>
      <xsl:when test="$line-breaks eq 'diplomatic' or ancestor::tei:l or ancestor::tei:lg">
        <!-- The first lb of a verse line begins it: nothing to break. -->
        <xsl:if test="exists(preceding-sibling::node()[normalize-space() or self::*])">
          <tp:line-break/>
        </xsl:if>
      </xsl:when>
      <xsl:when test="@break = 'no'"/>
      <xsl:when test="empty(../text()[normalize-space()])"/>
      <xsl:otherwise>
        <xsl:text> </xsl:text>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
