package org.precinct.benchmark;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Gives the master indexes a city's worth of records before anything is measured, with set-based inserts from
 * {@code generate_series} a hundred thousand rows a statement: persons with names drawn from common American
 * surnames and given names (the commonest most often) and from made-up surnames for the long tail, one in twenty
 * surnames hyphenated; their search names as {@code PersonNameKeys} would write them (plain ASCII names, so the
 * forms are lower case letters); vehicles with plates; and involvements in reports spread over the persons. Only
 * what is missing is added, so a second run on the same data directory starts at once.
 */
final class MasterIndexFill {

    private static final int CHUNK = 100_000;

    private static final String SURNAMES = """
            'Smith','Johnson','Williams','Brown','Jones','Garcia','Miller','Davis','Rodriguez','Martinez','Hernandez',
            'Lopez','Gonzalez','Wilson','Anderson','Thomas','Taylor','Moore','Jackson','Martin','Lee','Perez','Thompson',
            'White','Harris','Sanchez','Clark','Ramirez','Lewis','Robinson','Walker','Young','Allen','King','Wright',
            'Scott','Torres','Nguyen','Hill','Flores','Green','Adams','Nelson','Baker','Hall','Rivera','Campbell',
            'Mitchell','Carter','Roberts','Gomez','Phillips','Evans','Turner','Diaz','Parker','Cruz','Edwards','Collins',
            'Reyes','Stewart','Morris','Morales','Murphy','Cook','Rogers','Gutierrez','Ortiz','Morgan','Cooper',
            'Peterson','Bailey','Reed','Kelly','Howard','Ramos','Kim','Cox','Ward','Richardson','Watson','Brooks',
            'Chavez','Wood','James','Bennett','Gray','Mendoza','Ruiz','Hughes','Price','Alvarez','Castillo','Sanders',
            'Patel','Myers','Long','Ross','Foster','Jimenez','Powell','Jenkins','Perry','Russell','Sullivan','Bell',
            'Coleman','Butler','Henderson','Barnes','Gonzales','Fisher','Vasquez','Simmons','Romero','Jordan',
            'Patterson','Alexander','Hamilton','Graham','Reynolds','Griffin','Wallace','Moreno','West','Cole','Hayes',
            'Bryant','Herrera','Gibson','Ellis','Tran','Medina','Aguilar','Stevens','Murray','Ford','Castro','Marshall',
            'Owens','Harrison','Fernandez','McDonald','Woods','Washington','Kennedy','Wells','Vargas','Henry','Chen',
            'Freeman','Webb','Tucker','Guzman','Burns','Crawford','Olson','Simpson','Porter','Hunter','Gordon','Mendez',
            'Silva','Shaw','Snyder','Mason','Dixon','Munoz','Hunt','Hicks','Holmes','Palmer','Wagner','Black',
            'Robertson','Boyd','Rose','Stone','Salazar','Fox','Warren','Mills','Meyer','Rice','Schmidt','Garza',
            'Daniels','Ferguson','Nichols','Stephens','Soto','Weaver','Ryan','Gardner','Payne','Grant','Dunn','Kelley',
            'Spencer','Hawkins','Arnold','Pierce','Vazquez','Hansen','Peters','Santos','Hart','Bradley','Knight',
            'Elliott','Cunningham','Duncan','Armstrong','Hudson','Carroll','Lane','Riley','Andrews','Alvarado','Ray',
            'Delgado','Berry','Perkins','Hoffman','Johnston','Matthews','Pena','Richards','Contreras','Willis',
            'Carpenter','Lawrence','Sandoval','Guerrero','George','Chapman','Rios','Estrada','Ortega','Watkins',
            'Greene','Nunez','Wheeler','Valdez','Harper','Burke','Larson','Santiago','Maldonado','Morrison','Franklin',
            'Carlson','Austin','Dominguez','Carr','Lawson','Jacobs','OBrien','Lynch','Singh','Vega','Bishop',
            'Montgomery','Oliver','Jensen','Harvey','Williamson','Gilbert','Dean','Sims','Espinoza','Howell','Li',
            'Wong','Reid','Hanson','Le','McCoy','Garrett','Burton','Fuller','Wang','Weber','Welch','Rojas','Lucas',
            'Marquez','Fields','Park','Yang','Little','Banks','Padilla','Day','Walsh','Bowman','Schultz','Luna',
            'Fowler','Mejia','Davidson','Acosta','Brewer','May','Holland','Juarez','Newman','Pearson','Curtis',
            'Cortez','Douglas','Schneider','Joseph','Barrett','Navarro','Figueroa','Keller','Avila','Wade','Molina',
            'Stanley','Hopkins','Campos','Barnett','Bates','Chambers','Caldwell','Beck','Lambert','Miranda','Byrd',
            'Craig','Ayala','Lowe','Frazier','Powers','Neal','Leonard','Gregory','Carrillo','Sutton','Fleming',
            'Rhodes','Shelton','Schwartz','Norris','Jennings','Watts','Duran','Walters','Cohen','McDaniel','Moran',
            'Parks','Steele','Vaughn','Becker','Holt','DeLeon','Barker','Terry','Hale','Leon','Hail','Benson','Haynes',
            'Horton','Miles','Lyons','Pham','Graves','Bush','Thornton','Wolfe','Warner','Cabrera','McKinney','Mann',
            'Zimmerman','Dawson','Lara','Fletcher','Page','McCarthy','Love','Robles','Cervantes','Solis','Erickson',
            'Reeves','Chang','Klein','Salinas','Fuentes','Baldwin','Daniel','Simon','Velasquez','Hardy','Higgins',
            'Aguirre','Lin','Cummings','Chandler','Sharp','Barber','Bowen','Ochoa','Dennis','Robbins','Liu','Ramsey',
            'Francis','Griffith','Paul','Blair','OConnor','Cardenas','Pacheco','Cross','Calderon','Quinn','Moss',
            'Swanson','Chan','Rivas','Khan','Rodgers','Serrano','Fitzgerald','Rosales','Stevenson','Christensen',
            'Manning','Gill','Curry','McLaughlin','Harmon','McGee','Gross','Doyle','Garner','Newton','Burgess','Reese',
            'Walton','Blake','Trujillo','Adkins','Brady','Goodman','Roman','Webster','Goodwin','Fischer','Huang',
            'Potter','Delacruz','Montoya','Todd','Wu','Hines','Mullins','Castaneda','Malone','Cannon','Tate','Mack',
            'Sherman','Hubbard','Hodges','Zhang','Guerra','Wolf','Valencia','Saunders','Franco','Rowe','Gallagher',
            'Farmer','Hammond','Hampton','Townsend','Ingram','Wise','Gallegos','Clarke','Barton','Schroeder','Maxwell',
            'Waters','Logan','Camacho','Strickland','Norman','Person','Colon','Parsons','Frank','Harrington','Glover',
            'Osborne','Buchanan','Casey','Floyd','Patton','Ibarra','Ball','Tyler','Suarez','Bowers','Orozco','Salas',
            'Cobb','Gibbs','Andrade','Bauer','Conner','Moody','Escobar','McGuire','Lloyd','Mueller','Hartman','French',
            'Kramer','McBride','Pope','Lindsey','Velazquez','Norton','McCormick','Sparks','Flynn','Yates','Hogan',
            'Marsh','Macias','Villanueva','Zamora','Pratt','Stokes','Owen','Ballard','Lang','Brock','Villarreal',
            'Charles','Drake','Barrera','Cain','Patrick','Pineda','Burnett','Mercado','Santana','Shepherd','Bautista',
            'Ali','Shaffer','Lamb','Trevino','McKenzie','Hess','Beil','Olsen','Cochran','Morton','Nash','Wilkins',
            'Petersen','Briggs','Shah','Roth','Nicholson','Holloway','Lozano','Rangel','Flowers','Hoover','Short',
            'Arias','Mora','Valenzuela','Bryan','Meyers','Weiss','Underwood','Bass','Greer','Summers','Houston',
            'Carson','Morrow','Clayton','Whitaker','Decker','Yoder','Collier','Zuniga','Carey','Wilcox','Melendez',
            'Poole','Roberson','Larsen','Conley','Davenport','Copeland','Massey','Lam','Huff','Rocha','Cameron',
            'Jefferson','Hood','Monroe','Anthony','Pittman','Huynh','Randall','Singleton','Kirk','Combs','Mathis',
            'Christian','Skinner','Bradford','Richard','Galvan','Wall','Boone','Kirby','Wilkinson','Bridges','Bruce',
            'Atkinson','Velez','Meza','Roy','Vincent','York','Hodge','Villa','Abbott','Allison','Tapia','Gates',
            'Chase','Sosa','Sweeney','Farrell','Wyatt','Dalton','Horn','Barron','Phelps','Yu','Dickerson','Heath',
            'Foley','Atkins','Mathews','Bonilla','Acevedo','Benitez','Zavala','Hensley','Glenn','Cisneros','Harrell',
            'Shields','Rubio','Huffman','Choi','Boyer','Garrison','Arroyo','Bond','Kane','Hancock','Callahan','Dillon',
            'Cline','Wiggins','Grimes','Arellano','Melton','ONeill','Savage','Ho','Beltran','Pitts','Parrish','Ponce',
            'Rich','Booth','Koch','Golden','Ware','Brennan','McDowell','Marks','Cantu','Humphrey','Baxter','Sawyer',
            'Clay','Tanner','Hutchinson','Kaur','Berg','Wiley','Gilmore','Russo','Villegas','Hobbs','Keith','Wilkerson',
            'Ahmed','Beard','McClain','Montes','Mata','Rosario','Vang','Walter','Henson','ONeal','Mosley','McClure',
            'Beasley','Stephenson','Snow','Huerta','Preston','Vance','Barry','Johns','Eaton','Blackwell','Dyer',
            'Prince','Macdonald','Solomon','Guevara','Stafford','English','Hurst','Woodard','Cortes','Shannon',
            'Kemp','Nolan','McCullough','Merritt','Murillo','Moon','Salgado','Strong','Kline','Cordova','Barajas',
            'Roach','Rosas','Winters','Jacobson','Lester','Knox','Bullock','Kerr','Leach','Meadows','Orr','Davila',
            'Whitehead','Pruitt','Kent','Conway','McKee','Barr','David','Dejesus','Marin','Berger','McIntyre','Blankenship',
            'Gaines','Palacios','Cuevas','Bartlett','Durham','Dorsey','McCall','ODonnell','Stein','Browning','Stout',
            'Lowery','Sloan','McLean','Hendricks','Calhoun','Sexton','Chung','Gentry','Hull','Duarte','Ellison',
            'Nielsen','Gillespie','Buck','Middleton','Sellers','Leblanc','Esparza','Hardin','Bradshaw','McIntosh',
            'Howe','Livingston','Frost','Glass','Morse','Knapp','Herman','Stark','Bravo','Noble','Spears','Weeks',
            'Corona','Frederick','Buckley','McFarland','Hebert','Enriquez','Hickman','Quintero','Randolph','Schaefer',
            'Walls','Trejo','House','Reilly','Pennington','Michael','Conrad','Giles','Benjamin','Crosby','Fitzpatrick',
            'Donovan','Mays','Mahoney','Valentine','Raymond','Medrano','Hahn','McMillan','Small','Bentley','Felix',
            'Peck','Lucero','Boyle','Hanna','Pace','Rush','Hurley','Harding','McConnell','Bernal','Nava','Ayers',
            'Everett','Ventura','Avery','Pugh','Mayer','Bender','Shepard','McMahon','Landry','Case','Sampson','Moses',
            'Magana','Blackburn','Dunlap','Gould','Duffy','Vaughan','Herring','McKay','Espinosa','Rivers','Farley',
            'Bernard','Ashley','Friedman','Potts','Truong','Costa','Correa','Blevins','Nixon','Clements','Fry',
            'Delarosa','Best','Benton','Lugo','Portillo','Dougherty','Crane','Haley','Phan','Villalobos','Blanchard',
            'Horne','Finley','Quintana','Lynn','Esquivel','Bean','Dodson','Mullen','Xiong','Hayden','Cano','Levy',
            'Huber','Richmond','Moyer','Lim','Frye','Sheppard','McCarty','Avalos','Booker','Waller','Parra','Woodward',
            'Jaramillo','Krueger','Rasmussen','Brandt','Peralta','Donaldson','Stuart','Faulkner','Maynard','Galindo',
            'Coffey','Estes','Sanford','Burch','Maddox','Vo','OConnell','Vu','Andersen','Spence','McPherson','Church',
            'Schmitt','Stanton','Leal','Cherry','Compton','Dudley','Sierra','Pollard','Alfaro','Hester','Proctor',
            'Lu','Hinton','Novak','Good','Madden','McCann','Terrell','Jarvis','Dickson','Reyna','Cantrell','Mayo',
            'Branch','Hendrix','Rollins','Rowland','Whitney','Duke','Odom','Daugherty','Travis','Tang'
            """;

    private static final String MALE = """
            'James','Robert','John','Michael','David','William','Richard','Joseph','Thomas','Christopher','Charles',
            'Daniel','Matthew','Anthony','Mark','Donald','Steven','Andrew','Paul','Joshua','Kenneth','Kevin','Brian',
            'George','Timothy','Ronald','Jason','Edward','Jeffrey','Ryan','Jacob','Gary','Nicholas','Eric','Jonathan',
            'Stephen','Larry','Justin','Scott','Brandon','Benjamin','Samuel','Gregory','Alexander','Patrick','Frank',
            'Raymond','Jack','Dennis','Jerry','Tyler','Aaron','Jose','Adam','Nathan','Henry','Zachary','Douglas',
            'Peter','Kyle','Noah','Ethan','Jeremy','Walter','Christian','Keith','Roger','Terry','Austin','Sean',
            'Gerald','Carl','Harold','Dylan','Arthur','Lawrence','Jordan','Jesse','Bryan','Billy','Bruce','Gabriel',
            'Joe','Logan','Alan','Juan','Albert','Willie','Elijah','Wayne','Randy','Vincent','Mason','Roy','Ralph',
            'Bobby','Russell','Bradley','Philip','Eugene','Luis','Carlos','Miguel','Manuel','Marcus','Theodore',
            'Francisco','Ricardo','Alejandro','Victor','Tony','Leonard','Dale','Curtis','Travis','Shawn','Clarence'
            """;

    private static final String FEMALE = """
            'Mary','Patricia','Jennifer','Linda','Elizabeth','Barbara','Susan','Jessica','Karen','Sarah','Lisa',
            'Nancy','Sandra','Betty','Ashley','Emily','Kimberly','Margaret','Donna','Michelle','Carol','Amanda',
            'Melissa','Deborah','Stephanie','Rebecca','Sharon','Laura','Cynthia','Dorothy','Amy','Kathleen','Angela',
            'Shirley','Emma','Brenda','Pamela','Nicole','Anna','Samantha','Katherine','Christine','Debra','Rachel',
            'Carolyn','Janet','Maria','Olivia','Heather','Helen','Catherine','Diane','Julie','Victoria','Joyce',
            'Lauren','Kelly','Christina','Ruth','Joan','Virginia','Judith','Evelyn','Hannah','Andrea','Megan',
            'Cheryl','Jacqueline','Madison','Teresa','Abigail','Sophia','Martha','Sara','Gloria','Janice','Kathryn',
            'Ann','Isabella','Judy','Charlotte','Julia','Grace','Amber','Alice','Jean','Denise','Frances','Danielle',
            'Marilyn','Natalie','Beverly','Diana','Brittany','Theresa','Kayla','Alexis','Doris','Lori','Tiffany',
            'Rosa','Carmen','Ana','Lucia','Guadalupe','Veronica','Yolanda','Josefina','Adriana','Monica','Alicia'
            """;

    private static final String PREFIXES = """
            'Ash','Black','Bright','Brook','Cald','Carr','Crest','Dal','Dun','Elling','Fair','Farn','Gold','Green',
            'Hal','Hart','Hol','Kings','Lang','Lock','Mar','Mill','Mor','North','Oak','Pen','Red','Ros','Stan',
            'Stone','Thorn','War','West','Whit','Wood','Ab','Bel','Cor','Dov','Ev','Gar','Hav','Kel','Lor','Nor'
            """;

    private static final String MIDDLES = "'','a','e','i','o','er','en','ing','el','an','is','ow'";

    private static final String SUFFIXES = """
            'ton','ford','ley','by','wood','field','well','worth','man','son','berg','stein','ski','ez','ini','ova',
            'hurst','combe','dale','more','ridge','ham','stead','wick','burn','ard','ick','ell','ock','er'
            """;

    private static final String INSERT_PERSONS = """
            with drawn as (
                select g, random() as rs, random() as rk, random() as rf, random() as rx, random() as rh,
                       random() as r1, random() as r2, random() as r3, random() as rd
                from generate_series(?, ?) g
            ), named as (
                select d.*,
                       case when d.rs < 0.35
                            then s.common[1 + floor(array_length(s.common, 1) * d.rk * d.rk)::int]
                            else s.prefixes[1 + floor(array_length(s.prefixes, 1) * d.r1)::int]
                                 || s.middles[1 + floor(array_length(s.middles, 1) * d.r2)::int]
                                 || s.suffixes[1 + floor(array_length(s.suffixes, 1) * d.r3)::int]
                       end as surname,
                       case when d.rx < 0.5
                            then s.male[1 + floor(array_length(s.male, 1) * d.rf * d.rf)::int]
                            else s.female[1 + floor(array_length(s.female, 1) * d.rf * d.rf)::int]
                       end as given,
                       case when d.rx < 0.5 then 'M' else 'F' end as sex,
                       s.common[1 + floor(array_length(s.common, 1) * d.rh)::int] as second
                from drawn d, fill_names s
            )
            insert into records.master_person (last_name, first_name, middle_name, date_of_birth, sex, race,
                height_inches, weight_pounds, hair, eyes, licence_number, licence_state, licence_key, created_at,
                updated_at)
            select case when n.rh < 0.05 then n.surname || '-' || n.second else n.surname end,
                   n.given, null,
                   date '1940-01-01' + floor(n.rd * 24800)::int,
                   n.sex,
                   (array['W','W','W','B','B','A','I','P','U'])[1 + floor(9 * n.r2)::int],
                   58 + floor(n.r1 * 20)::int, 110 + floor(n.r3 * 150)::int,
                   (array['BLK','BRO','BRO','BLN','RED','GRY'])[1 + floor(6 * n.r1)::int],
                   (array['BRO','BRO','BLU','GRN','HAZ'])[1 + floor(5 * n.r3)::int],
                   'B' || lpad(n.g::text, 9, '0'), 'MO', 'B' || lpad(n.g::text, 9, '0'), now(), now()
            from named n
            order by n.g
            """;

    /** The search names of new persons: the name, and for a hyphenated surname each part. */
    private static final String INSERT_SEARCH_NAMES = """
            insert into records.person_search_name (person_id, source, last_norm, first_norm, middle_norm,
                date_of_birth, sealed)
            select p.id, v.source, v.last_norm, lower(p.first_name), '', p.date_of_birth, false
            from records.master_person p
            cross join lateral (
                select 'NAME' as source, lower(regexp_replace(p.last_name, '[^A-Za-z]', '', 'g')) as last_norm
                union all
                select 'PART', lower(part)
                from unnest(string_to_array(p.last_name, '-')) part
                where position('-' in p.last_name) > 0
            ) v
            where p.id > ?
            """;

    private static final String INSERT_VEHICLES = """
            insert into records.master_vehicle (vin, plate, plate_key, plate_state, make, model, model_year, colour,
                created_at, updated_at)
            select upper(substr(md5(g::text), 1, 17)),
                   plate, plate,
                   case when random() < 0.85 then 'MO' else 'IL' end,
                   (array['Ford','Chevrolet','Toyota','Honda','Nissan','Dodge','Jeep','Hyundai'])[1 + floor(8 * random())::int],
                   (array['Sedan','Pickup','SUV','Van','Coupe'])[1 + floor(5 * random())::int],
                   1995 + floor(random() * 31)::int,
                   (array['Black','White','Silver','Blue','Red','Grey'])[1 + floor(6 * random())::int],
                   now(), now()
            from (
                select g,
                       chr(65 + floor(random() * 26)::int) || chr(65 + floor(random() * 26)::int)
                           || chr(65 + floor(random() * 26)::int) || lpad(floor(random() * 10000)::int::text, 4, '0')
                           as plate
                from generate_series(?, ?) g
            ) v
            """;

    private static final String INSERT_INVOLVEMENTS = """
            insert into records.involvement (record_kind, record_id, report_number, role, occurred_on, recorded_at)
            select 'PERSON', ? + floor(random() * ?)::bigint,
                   '25-' || lpad(g::text, 7, '0'),
                   (array['VICTIM','SUSPECT','WITNESS','REPORTING_PARTY','ARRESTEE','INVOLVED_OTHER'])[1 + floor(6 * random())::int],
                   current_date - floor(random() * 3650)::int, now()
            from generate_series(?, ?) g
            """;

    private final BenchmarkDatabase database;
    private final PrintStream out;

    MasterIndexFill(BenchmarkDatabase database, PrintStream out) {
        this.database = database;
        this.out = out;
    }

    /** Fills to the given numbers; answers the persons held. */
    long fillTo(long persons, long vehicles, long involvements) throws SQLException {
        try (Connection connection = database.application();
                Statement statement = connection.createStatement()) {
            statement.execute("set synchronous_commit = off");
            statement.execute("drop table if exists fill_names");
            statement.execute("create temporary table fill_names as select array[" + SURNAMES + "] as common, array["
                    + MALE + "] as male, array[" + FEMALE + "] as female, array[" + PREFIXES + "] as prefixes, array["
                    + MIDDLES + "] as middles, array[" + SUFFIXES + "] as suffixes");
            long held = count(statement, "records.master_person");
            long started = System.nanoTime();
            while (held < persons) {
                long to = Math.min(persons, held + CHUNK);
                long before = maxId(statement, "records.master_person");
                run(connection, INSERT_PERSONS, held + 1, to);
                try (PreparedStatement names = connection.prepareStatement(INSERT_SEARCH_NAMES)) {
                    names.setLong(1, before);
                    names.executeUpdate();
                }
                held = to;
                out.printf("  persons: %,d (%.0f s)%n", held, (System.nanoTime() - started) / 1e9);
            }
            long vehiclesHeld = count(statement, "records.master_vehicle");
            while (vehiclesHeld < vehicles) {
                long to = Math.min(vehicles, vehiclesHeld + CHUNK);
                run(connection, INSERT_VEHICLES, vehiclesHeld + 1, to);
                vehiclesHeld = to;
                out.printf("  vehicles: %,d (%.0f s)%n", vehiclesHeld, (System.nanoTime() - started) / 1e9);
            }
            long involvementsHeld = count(statement, "records.involvement");
            long firstPerson = minId(statement);
            long personRange = maxId(statement, "records.master_person") - firstPerson + 1;
            while (involvementsHeld < involvements) {
                long to = Math.min(involvements, involvementsHeld + 5L * CHUNK);
                try (PreparedStatement insert = connection.prepareStatement(INSERT_INVOLVEMENTS)) {
                    insert.setLong(1, firstPerson);
                    insert.setLong(2, personRange);
                    insert.setLong(3, involvementsHeld + 1);
                    insert.setLong(4, to);
                    insert.executeUpdate();
                }
                involvementsHeld = to;
                out.printf("  involvements: %,d (%.0f s)%n", involvementsHeld, (System.nanoTime() - started) / 1e9);
            }
            // What autovacuum does in service, at once: statistics, and the visibility map that index-only scans need.
            statement.execute("vacuum (analyze) records.master_person");
            statement.execute("vacuum (analyze) records.person_search_name");
            statement.execute("vacuum (analyze) records.master_vehicle");
            statement.execute("vacuum (analyze) records.involvement");
            return held;
        }
    }

    private static void run(Connection connection, String sql, long from, long to) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setLong(1, from);
            insert.setLong(2, to);
            insert.executeUpdate();
        }
    }

    private static long count(Statement statement, String table) throws SQLException {
        try (ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static long maxId(Statement statement, String table) throws SQLException {
        try (ResultSet rows = statement.executeQuery("select coalesce(max(id), 0) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static long minId(Statement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery("select coalesce(min(id), 1) from records.master_person")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
