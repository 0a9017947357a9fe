package org.precinct.personnel;

import static org.precinct.personnel.OrgUnitKind.BUREAU;
import static org.precinct.personnel.OrgUnitKind.DIVISION;
import static org.precinct.personnel.OrgUnitKind.OFFICE;
import static org.precinct.personnel.OrgUnitKind.SECTION;
import static org.precinct.personnel.OrgUnitKind.UNIT;

/**
 * The standard organisation of a municipal department, which an administrator can create in one step in an empty
 * org chart and then adapt. It follows the structure of a department with an Office of the Chief (holding the
 * Office of Professional Responsibility), Divisions of Police Operations and Special Operations, and a Division of
 * Operational Support with Bureaus of Records, Administration and Community Engagement. Constants are declared
 * parents first.
 */
public enum StandardUnit {
    OFFICE_OF_THE_CHIEF("OCP", OFFICE, null, "Office of the Chief of Police", "Oficina del Jefe de Policía"),
    PROFESSIONAL_RESPONSIBILITY(
            "OPR",
            OFFICE,
            OFFICE_OF_THE_CHIEF,
            "Office of Professional Responsibility",
            "Oficina de Responsabilidad Profesional"),
    HUMAN_RESOURCES("OPR-HR", UNIT, PROFESSIONAL_RESPONSIBILITY, "Human Resources", "Recursos Humanos"),
    INTERNAL_AFFAIRS("OPR-IA", UNIT, PROFESSIONAL_RESPONSIBILITY, "Internal Affairs", "Asuntos Internos"),
    MEDIA_RELATIONS(
            "OPR-PIO",
            UNIT,
            PROFESSIONAL_RESPONSIBILITY,
            "Media Relations",
            "Relaciones con los Medios de Comunicación"),
    TRAINING_COORDINATION(
            "OPR-TC", UNIT, PROFESSIONAL_RESPONSIBILITY, "Training Coordinator", "Coordinación de Capacitación"),
    POLICE_OPERATIONS(
            "DPO",
            DIVISION,
            OFFICE_OF_THE_CHIEF,
            "Division of Police Operations",
            "División de Operaciones Policiales"),
    PATROL("PATROL", UNIT, POLICE_OPERATIONS, "Patrol Unit", "Unidad de Patrullaje"),
    SPECIAL_OPERATIONS(
            "DSO",
            DIVISION,
            OFFICE_OF_THE_CHIEF,
            "Division of Special Operations",
            "División de Operaciones Especiales"),
    CRIMINAL_INVESTIGATION(
            "CID", UNIT, SPECIAL_OPERATIONS, "Criminal Investigation Unit", "Unidad de Investigación Criminal"),
    TRAFFIC_SAFETY("TRAFFIC", UNIT, SPECIAL_OPERATIONS, "Traffic Safety Unit", "Unidad de Seguridad Vial"),
    OPERATIONAL_SUPPORT(
            "DOS", DIVISION, OFFICE_OF_THE_CHIEF, "Division of Operational Support", "División de Apoyo Operativo"),
    RECORDS_BUREAU("BOR", BUREAU, OPERATIONAL_SUPPORT, "Bureau of Records", "Departamento de Registros"),
    RECORDS("RECORDS", UNIT, RECORDS_BUREAU, "Records Unit", "Unidad de Registros"),
    COMMUNICATIONS(
            "COMMS",
            UNIT,
            RECORDS_BUREAU,
            "Communications Liaison (County 911 Dispatch)",
            "Enlace de Comunicaciones (Central 911 del Condado)"),
    CRIME_ANALYSIS("ANALYSIS", UNIT, RECORDS_BUREAU, "Crime Analysis Unit", "Unidad de Análisis Delictivo"),
    CLARKSON_VALLEY("CVU", UNIT, RECORDS_BUREAU, "Clarkson Valley Unit", "Unidad de Clarkson Valley"),
    ADMINISTRATION_BUREAU(
            "BOA", BUREAU, OPERATIONAL_SUPPORT, "Bureau of Administration", "Departamento de Administración"),
    PROPERTY("PROPERTY", UNIT, ADMINISTRATION_BUREAU, "Property Unit", "Unidad de Propiedad y Evidencia"),
    FLEET_MAINTENANCE("FLEET", SECTION, PROPERTY, "Fleet Maintenance Section", "Sección de Mantenimiento de la Flota"),
    TRAINING("TRAINING", UNIT, ADMINISTRATION_BUREAU, "Training Unit", "Unidad de Capacitación"),
    CODE_ENFORCEMENT(
            "CODE", UNIT, ADMINISTRATION_BUREAU, "Code Enforcement Unit", "Unidad de Cumplimiento de Ordenanzas"),
    PERSONNEL("PERSONNEL", UNIT, ADMINISTRATION_BUREAU, "Personnel Unit", "Unidad de Personal"),
    ACCREDITATION(
            "ACCRED",
            UNIT,
            ADMINISTRATION_BUREAU,
            "Accreditation and Staff Inspection Unit",
            "Unidad de Acreditación e Inspección Interna"),
    COMMUNITY_ENGAGEMENT_BUREAU(
            "BCE",
            BUREAU,
            OPERATIONAL_SUPPORT,
            "Bureau of Community Engagement",
            "Departamento de Participación Comunitaria"),
    COMMUNITY_AFFAIRS(
            "COMMUNITY", UNIT, COMMUNITY_ENGAGEMENT_BUREAU, "Community Affairs Unit", "Unidad de Asuntos Comunitarios"),
    SCHOOL_RESOURCE("SRO", UNIT, COMMUNITY_ENGAGEMENT_BUREAU, "School Resource Unit", "Unidad de Agentes Escolares"),
    ELEMENTARY_SRO(
            "ESRO", SECTION, SCHOOL_RESOURCE, "Elementary SRO Program", "Programa de Agentes Escolares de Primaria");

    private final String code;
    private final OrgUnitKind kind;
    private final StandardUnit parent;
    private final String nameEn;
    private final String nameEs;

    StandardUnit(String code, OrgUnitKind kind, StandardUnit parent, String nameEn, String nameEs) {
        this.code = code;
        this.kind = kind;
        this.parent = parent;
        this.nameEn = nameEn;
        this.nameEs = nameEs;
    }

    /** The unit's code in the chart, by which other modules may find it. */
    public String code() {
        return code;
    }

    public OrgUnitKind kind() {
        return kind;
    }

    /** The unit it belongs to, {@code null} for the Office of the Chief. */
    public StandardUnit parent() {
        return parent;
    }

    public String nameEn() {
        return nameEn;
    }

    public String nameEs() {
        return nameEs;
    }
}
